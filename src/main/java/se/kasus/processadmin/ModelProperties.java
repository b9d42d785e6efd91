package se.kasus.processadmin;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the unit's files are found at start-up ({@code kasus.models.resources} in application.yml): {@code classpath*:}
 * patterns below {@code processes/} and {@code forms/}; and whether they are deployed then at all
 * ({@code kasus.models.deploy-at-start}, off only in tests that deploy what they need themselves).
 */
@ConfigurationProperties("kasus.models")
record ModelProperties(List<String> resources, @DefaultValue("true") boolean deployAtStart) {

    ModelProperties {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
