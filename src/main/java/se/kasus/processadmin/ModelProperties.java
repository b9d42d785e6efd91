package se.kasus.processadmin;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the unit's files are found at start-up ({@code kasus.models.resources} in application.yml): {@code classpath*:}
 * patterns below {@code processes/} and {@code forms/}.
 */
@ConfigurationProperties("kasus.models")
record ModelProperties(List<String> resources) {

    ModelProperties {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
