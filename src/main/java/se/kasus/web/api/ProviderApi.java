package se.kasus.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.casework.CarePlanView;
import se.kasus.casework.OrderMessageView;
import se.kasus.casework.ProviderNoteView;
import se.kasus.casework.ProviderWork;
import se.kasus.casework.ServiceOrderView;

/**
 * The utförare's API: its own orders and clients only. Genomförandeplan and social dokumentation have no PUT or
 * DELETE: what is signed stays as signed; a new plan version or a correcting entry is written instead.
 */
@RestController
@RequestMapping("/api/utforare")
@Tag(name = "Utförare", description = "Utförarens beställningar, genomförandeplaner, social dokumentation och meddelanden")
class ProviderApi {

    private final ProviderWork providers;

    ProviderApi(ProviderWork providers) {
        this.providers = providers;
    }

    @GetMapping("/bestallningar")
    @Operation(summary = "Utförarens inkorg: obesvarade först, försenade svar markerade")
    List<ProviderWork.InboxLine> inbox() {
        return providers.inbox();
    }

    @GetMapping("/bestallningar/{orderId}")
    @Operation(summary = "Beställningen och klienten: beslutet, genomförandeplaner, dokumentation och meddelanden")
    ProviderWork.ProviderClient order(@PathVariable long orderId) {
        return providers.client(orderId);
    }

    /** @param svar ACCEPTERA or AVVISA; planeradStart with ACCEPTERA, skal with AVVISA */
    @PostMapping("/bestallningar/{orderId}/svar")
    @Operation(summary = "Acceptera (med planerad start) eller avvisa (med skäl) beställningen")
    ServiceOrderView answer(@PathVariable long orderId, @RequestBody Map<String, Object> svar) {
        return providers.answer(orderId, svar);
    }

    record NewPlan(String innehall, String uppgjordMed, LocalDate datum) {
    }

    @PostMapping("/bestallningar/{orderId}/genomforandeplaner")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Signera en ny version av genomförandeplanen (ersätter den förra, som står kvar)")
    CarePlanView plan(@PathVariable long orderId, @RequestBody NewPlan plan) {
        return providers.writePlan(orderId, plan.innehall(), plan.uppgjordMed(), plan.datum());
    }

    record NewNote(LocalDate datum, String text, Long rattar) {
    }

    @PostMapping("/bestallningar/{orderId}/dokumentation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Signera en anteckning i den sociala dokumentationen (rattar = id för anteckningen som rättas)")
    ProviderNoteView note(@PathVariable long orderId, @RequestBody NewNote note) {
        return providers.writeNote(orderId, note.datum(), note.text(), note.rattar());
    }

    record NewMessage(String text) {
    }

    @PostMapping("/bestallningar/{orderId}/meddelanden")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Skicka ett meddelande till handläggaren")
    OrderMessageView message(@PathVariable long orderId, @RequestBody NewMessage message) {
        return providers.providerMessage(orderId, message.text());
    }
}
