package se.kasus.web.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kasus.access.AccessControl;
import se.kasus.access.Permission;
import se.kasus.fees.FeeDecisionView;
import se.kasus.fees.FeeMonth;
import se.kasus.fees.FeeRejectedException;
import se.kasus.fees.FeeRunService;
import se.kasus.fees.FeeService;
import se.kasus.fees.FieldProblem;
import se.kasus.fees.Household;
import se.kasus.fees.Money;
import se.kasus.fees.NewFeeBasis;
import se.kasus.web.PdfResponse;

/**
 * The client's fee page (avgiftsunderlag, beräkning, avgiftsbeslut) and the unit's monthly fee run with its export.
 * Amounts are typed the Swedish way (1 234,50); a wrong one is shown next to its field and nothing is saved.
 */
@Controller
class FeePagesController {

    private final FeeService fees;
    private final FeeRunService runs;
    private final UiFormat fmt;

    FeePagesController(FeeService fees, FeeRunService runs, UiFormat fmt) {
        this.fees = fees;
        this.runs = runs;
        this.fmt = fmt;
    }

    @GetMapping("/avgifter/personer/{personId}")
    String clientFees(@PathVariable long personId, @RequestParam(name = "manad", required = false) String month,
            Model model) {
        YearMonth shown = month == null ? YearMonth.from(fmt.today()) : FeeMonth.parse(month);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("fromMonth", shown.toString()));
        }
        return feePage(personId, shown, model);
    }

    @PostMapping("/avgifter/personer/{personId}/underlag")
    String register(@PathVariable long personId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        List<FieldProblem> problems = new ArrayList<>();
        NewFeeBasis input = new NewFeeBasis(month(form.get("fromMonth"), problems), household(form, problems),
                amount(form, "incomePension", "Pension efter skatt", problems),
                amount(form, "incomeBostadstillagg", "Bostadstillägg", problems),
                amount(form, "incomeOther", "Övrig nettoinkomst", problems),
                amount(form, "spouseIncome", "Makes/sambos nettoinkomst", problems),
                amount(form, "housingCost", "Boendekostnad", problems),
                amount(form, "minimumRaise", "Individuellt tillägg", problems), form.get("minimumRaiseReason"));
        try {
            if (!problems.isEmpty()) {
                throw new FeeRejectedException("Avgiftsunderlaget innehåller fel.", problems);
            }
            fees.registerBasis(personId, input);
        } catch (FeeRejectedException e) {
            Map<String, String> byField = new java.util.HashMap<>();
            e.problems().forEach(pr -> byField.putIfAbsent(pr.key(), pr.message()));
            model.addAttribute("form", form).addAttribute("errors", e.problems()).addAttribute("errorTitle",
                    e.getMessage()).addAttribute("fieldErrors", byField);
            YearMonth shown = input.fromMonth() == null ? YearMonth.from(fmt.today()) : input.fromMonth();
            return feePage(personId, shown, model);
        }
        flash.addFlashAttribute("message", "Avgiftsunderlaget är sparat.");
        return "redirect:/avgifter/personer/" + personId + "?manad=" + input.fromMonth();
    }

    @PostMapping("/avgifter/personer/{personId}/beslut")
    String decide(@PathVariable long personId, @RequestParam(defaultValue = "") String manad,
            @RequestParam(defaultValue = "") String motivering, RedirectAttributes flash) {
        FeeDecisionView made = fees.decide(personId, manad, motivering);
        YearMonth month = made.month();
        flash.addFlashAttribute("message", "Avgiftsbeslutet är fattat och brevet sparat.");
        return "redirect:/avgifter/personer/" + personId + "?manad=" + month;
    }

    @GetMapping("/avgifter/beslut/{decisionId}/brev")
    ResponseEntity<byte[]> letter(@PathVariable long decisionId) {
        return PdfResponse.inline("Avgiftsbeslut " + decisionId, fees.letter(decisionId));
    }

    @GetMapping("/avgifter/korning")
    String runPage(@RequestParam(name = "manad", required = false) String month, Model model) {
        YearMonth shown = month == null ? YearMonth.from(fmt.today()) : FeeMonth.parse(month);
        model.addAttribute("month", shown).addAttribute("run", runs.find(shown).orElse(null))
                .addAttribute("money", new MoneyFormat());
        return "fee-run";
    }

    @PostMapping("/avgifter/korning")
    String run(@RequestParam(defaultValue = "") String manad, RedirectAttributes flash) {
        YearMonth month = runs.run(manad).month();
        flash.addFlashAttribute("message", "Avgiftskörningen för " + month + " är gjord.");
        return "redirect:/avgifter/korning?manad=" + month;
    }

    @PostMapping("/avgifter/korning/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String manad) {
        byte[] file = runs.export(manad);
        YearMonth month = FeeMonth.parse(manad);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"avgifter-" + month + ".csv\"")
                .header("Cache-Control", "no-store")
                .body(file);
    }

    private String feePage(long personId, YearMonth month, Model model) {
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        model.addAttribute("fees", fees.overview(personId, month)).addAttribute("month", month)
                .addAttribute("households", Household.values()).addAttribute("money", new MoneyFormat());
        return "fees";
    }

    private static YearMonth month(String text, List<FieldProblem> problems) {
        try {
            return FeeMonth.parse(text);
        } catch (FeeRejectedException e) {
            problems.add(new FieldProblem("fromMonth", "Gäller från månad", e.getMessage()));
            return null;
        }
    }

    private static Household household(Map<String, String> form, List<FieldProblem> problems) {
        String value = form.getOrDefault("household", "");
        for (Household h : Household.values()) {
            if (h.name().equals(value)) {
                return h;
            }
        }
        problems.add(new FieldProblem("household", "Hushåll", "Ange hushåll."));
        return null;
    }

    /** "1 234,50", "1234.50" and "" (= none) are accepted; anything else is a field error. */
    private static BigDecimal amount(Map<String, String> form, String key, String label, List<FieldProblem> problems) {
        String text = form.getOrDefault(key, "").replace('\u00a0', ' ').replace(" ", "").replace(',', '.')
                .replace('−', '-');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(key, label, "Ange ett belopp i kronor, till exempel 1 234,50."));
            return null;
        }
    }

    /** For the templates: amounts the Swedish way. */
    public static final class MoneyFormat {
        public String kr(BigDecimal amount) {
            return amount == null ? "" : Money.format(amount);
        }
    }

    /** Whether the menu shows the fee run: for those who may run it. */
    @Component("feeNav")
    static class FeeNav {

        private final AccessControl access;

        FeeNav(AccessControl access) {
            this.access = access;
        }

        public boolean runLink() {
            return access.findCurrentUser().map(u -> access.may(u, Permission.FEE_RUN)).orElse(false);
        }
    }
}
