package se.kasus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kasus: case handling for Swedish municipal social services, with the law's order enforced by Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KasusApplication {

    public static void main(String[] args) {
        SpringApplication.run(KasusApplication.class, args);
    }
}
