package se.kasus.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.kasus.access.AccessControl;
import se.kasus.access.Permission;
import se.kasus.processadmin.GateReport;
import se.kasus.processadmin.ProcessGate;
import se.kasus.processadmin.ProcessVersions;

/**
 * The process owner's pages: every process with its versions, and the gate that a changed model passes before it is
 * deployed. Both services check {@link Permission#PROCESS_ADMIN} themselves and audit the visit.
 */
@Controller
class ProcessPagesController {

    private final ProcessVersions versions;
    private final ProcessGate gate;
    private final AccessControl access;

    ProcessPagesController(ProcessVersions versions, ProcessGate gate, AccessControl access) {
        this.versions = versions;
        this.gate = gate;
        this.access = access;
    }

    @GetMapping("/processer")
    String versions(Model model) {
        model.addAttribute("processes", versions.list());
        return "processes";
    }

    @GetMapping("/processer/grind")
    String gate() {
        access.require(Permission.PROCESS_ADMIN, "processgrind");
        return "process-gate";
    }

    /** A multipart upload of one or more changed models; {@code atgard=driftsatt} deploys them if they pass. */
    @PostMapping("/processer/grind")
    String check(@RequestParam(name = "modeller", required = false) List<MultipartFile> files,
            @RequestParam(name = "atgard", defaultValue = "prova") String action, Model model) {
        boolean deploy = "driftsatt".equals(action);
        GateReport report = gate.check(uploads(files), deploy);
        model.addAttribute("report", report);
        model.addAttribute("deployRequested", deploy);
        return "process-gate";
    }

    private static List<ProcessGate.Upload> uploads(List<MultipartFile> files) {
        List<ProcessGate.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file.isEmpty()) {
                    continue;
                }
                try {
                    uploads.add(new ProcessGate.Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }
}
