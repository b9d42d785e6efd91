package se.kasus.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.access.AccessControl;
import se.kasus.casework.CaseWork;
import se.kasus.casework.TaskForm;

/**
 * The task screen: the server renders the frame and hands the form (schema, data, options) to task-form.js, which
 * renders it with form-js, autosaves drafts and completes the task through the JSON API.
 */
@Controller
class TaskPageController {

    private final CaseWork work;
    private final AccessControl access;
    private final StaffNames names;
    private final ObjectMapper json;
    private final UiFormat fmt;

    TaskPageController(CaseWork work, AccessControl access, StaffNames names, ObjectMapper json, UiFormat fmt) {
        this.work = work;
        this.access = access;
        this.names = names;
        this.json = json;
        this.fmt = fmt;
    }

    @GetMapping("/uppgifter/{taskId}")
    String task(@PathVariable String taskId, Model model) {
        TaskForm form = work.open(taskId);
        model.addAttribute("task", form);
        model.addAttribute("mine", access.currentUser().username().equals(form.assignee()));
        model.addAttribute("names", names.all());
        model.addAttribute("formJson", TaskPageData.json(form, json, fmt.zone()));
        return "task";
    }
}
