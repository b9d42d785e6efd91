package se.kasus.web.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kasus.casework.ProviderWork;

/**
 * The utförare's own pages ({@code /utforare/**}): the inbox of orders and, per order, the client with what was
 * decided, the genomförandeplan, social dokumentation and messages; and the handläggare's page of the same order
 * ({@code /bestallningar/{id}}). Every read and write goes through {@link ProviderWork}, which checks and logs it.
 */
@Controller
class ProviderPagesController {

    private final ProviderWork providers;

    ProviderPagesController(ProviderWork providers) {
        this.providers = providers;
    }

    @GetMapping("/utforare/bestallningar")
    String inbox(Model model) {
        model.addAttribute("lines", providers.inbox());
        return "utforare-inkorg";
    }

    @GetMapping("/utforare/bestallningar/{orderId}")
    String order(@PathVariable long orderId, Model model) {
        model.addAttribute("c", providers.client(orderId));
        model.addAttribute("providerView", true);
        return "bestallning";
    }

    @PostMapping("/utforare/bestallningar/{orderId}/svar")
    String answer(@PathVariable long orderId, @RequestParam(required = false) String svar,
            @RequestParam(required = false) String planeradStart, @RequestParam(required = false) String skal) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("svar", svar);
        if (planeradStart != null && !planeradStart.isBlank()) {
            answer.put("planeradStart", planeradStart);
        }
        if (skal != null && !skal.isBlank()) {
            answer.put("skal", skal);
        }
        providers.answer(orderId, answer);
        return "redirect:/utforare/bestallningar/" + orderId;
    }

    @PostMapping("/utforare/bestallningar/{orderId}/genomforandeplaner")
    String plan(@PathVariable long orderId, @RequestParam(required = false) String innehall,
            @RequestParam(required = false) String uppgjordMed,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum) {
        providers.writePlan(orderId, innehall, uppgjordMed, datum);
        return "redirect:/utforare/bestallningar/" + orderId + "#plan";
    }

    @PostMapping("/utforare/bestallningar/{orderId}/dokumentation")
    String note(@PathVariable long orderId, @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
            @RequestParam(required = false) Long rattar) {
        providers.writeNote(orderId, datum, text, rattar);
        return "redirect:/utforare/bestallningar/" + orderId + "#dokumentation";
    }

    @PostMapping("/utforare/bestallningar/{orderId}/meddelanden")
    String providerMessage(@PathVariable long orderId, @RequestParam(required = false) String text) {
        providers.providerMessage(orderId, text);
        return "redirect:/utforare/bestallningar/" + orderId + "#meddelanden";
    }

    // The handläggare's page of the order, linked from the client file.

    @GetMapping("/bestallningar/{orderId}")
    String caseworkerOrder(@PathVariable long orderId, Model model) {
        model.addAttribute("c", providers.forCaseworker(orderId));
        model.addAttribute("providerView", false);
        return "bestallning";
    }

    @PostMapping("/bestallningar/{orderId}/meddelanden")
    String caseworkerMessage(@PathVariable long orderId, @RequestParam(required = false) String text) {
        providers.caseworkerMessage(orderId, text);
        return "redirect:/bestallningar/" + orderId + "#meddelanden";
    }
}
