package se.kasus;

import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.kasus.consistency.ConsistencyCommand;
import se.kasus.generator.GenerateCommand;
import se.kasus.processadmin.GateCommand;

/** Kasus: case handling for Swedish municipal social services, with the law's order enforced by Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KasusApplication {

    public static void main(String[] args) {
        OptionalInt gate = GateCommand.runIfRequested(KasusApplication.class, args);
        if (gate.isPresent()) {
            System.exit(gate.getAsInt());
        }
        OptionalInt consistency = ConsistencyCommand.runIfRequested(KasusApplication.class, args);
        if (consistency.isPresent()) {
            System.exit(consistency.getAsInt());
        }
        OptionalInt generate = GenerateCommand.runIfRequested(KasusApplication.class, args);
        if (generate.isPresent()) {
            System.exit(generate.getAsInt());
        }
        SpringApplication.run(KasusApplication.class, args);
    }
}
