package se.kasus.web.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.processadmin.ProcessHistory;
import se.kasus.processadmin.ProcessVersions;

@RestController
@RequestMapping("/api/processes")
@Tag(name = "Processer", description = "Processernas versioner, för processägaren (systemförvaltare)")
class ProcessApi {

    private final ProcessVersions versions;

    ProcessApi(ProcessVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    @Operation(summary = "Varje process med sina versioner: driftsättning, ändringar mot föregående version och "
            + "antal körande processinstanser per version")
    List<ProcessHistory> list() {
        return versions.list();
    }
}
