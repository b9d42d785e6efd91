package se.kasus.web.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kasus.engine.migration.ActivityMapping;
import se.kasus.engine.migration.MigrationRejectedException;
import se.kasus.engine.migration.MigrationReport;
import se.kasus.engine.migration.MigrationRequest;
import se.kasus.engine.migration.ProcessMigrations;
import se.kasus.engine.migration.ProcessVersionNotFoundException;

/**
 * The process owner's page for migrating running cases to another version of a process: choose the process and the
 * versions, read the dry run's report, then confirm. Every step is a plain form (POST with the CSRF token), so the page
 * works without JavaScript; the service checks the permission and logs.
 */
@Controller
@RequestMapping("/processer/migrering")
class ProcessMigrationPageController {

    private final ProcessMigrations migrations;

    ProcessMigrationPageController(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    /** What the form sends; the mappings as text, one per line: {@code Task_Gammal -> Task_Ny}. */
    record MigrationForm(String process, Integer sourceVersion, Integer targetVersion, String mappings) {

        MigrationRequest toRequest() {
            return new MigrationRequest(process, sourceVersion, targetVersion, parse(mappings));
        }

        /** A line that is not two ids around an arrow becomes a mapping the service refuses with its line number. */
        static List<ActivityMapping> parse(String text) {
            List<ActivityMapping> result = new ArrayList<>();
            if (text == null) {
                return result;
            }
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("->|→|=", -1);
                result.add(parts.length == 2 ? new ActivityMapping(parts[0].strip(), parts[1].strip())
                        : new ActivityMapping(line.strip(), null));
            }
            return result;
        }
    }

    @GetMapping
    String page(@RequestParam(required = false) String process, Model model) {
        return show(model, new MigrationForm(process, null, null, null));
    }

    @PostMapping("/provkorning")
    String dryRun(@ModelAttribute MigrationForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        return run(form, binding, model, response, false);
    }

    @PostMapping
    String migrate(@ModelAttribute MigrationForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        return run(form, binding, model, response, true);
    }

    private String run(MigrationForm form, BindingResult binding, Model model, HttpServletResponse response,
            boolean execute) {
        if (binding.hasErrors()) {
            return failed(model, response, HttpStatus.BAD_REQUEST, form,
                    new MigrationRejectedException("Versionerna ska anges som heltal, till exempel 1 och 2."));
        }
        try {
            MigrationReport report = execute ? migrations.migrate(form.toRequest())
                    : migrations.dryRun(form.toRequest());
            model.addAttribute("report", report);
        } catch (MigrationRejectedException e) {
            return failed(model, response, HttpStatus.BAD_REQUEST, form, e);
        } catch (ProcessVersionNotFoundException e) {
            return failed(model, response, HttpStatus.NOT_FOUND, form, new MigrationRejectedException(e.getMessage()));
        }
        return show(model, form);
    }

    private String failed(Model model, HttpServletResponse response, HttpStatus status, MigrationForm form,
            MigrationRejectedException error) {
        response.setStatus(status.value());
        model.addAttribute("error", error.getMessage());
        model.addAttribute("problems", error.problems());
        return show(model, form);
    }

    private String show(Model model, MigrationForm form) {
        model.addAttribute("processes", migrations.processes());
        model.addAttribute("form", form);
        return "process-migration";
    }
}
