package se.kasus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries: no cycles, and no module reaches into another's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(KasusApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
