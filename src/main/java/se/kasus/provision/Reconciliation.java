package se.kasus.provision;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import se.kasus.casework.ServiceType;

/**
 * Avstämning: the provider's invoice set against the underlag. A difference is listed per order (one client's
 * insats) wherever the invoice and the underlag disagree, including orders only one of them has.
 */
public record Reconciliation(String providerId, YearMonth month, BigDecimal underlagTotal, BigDecimal invoiceTotal,
        BigDecimal difference, List<Difference> differences) {

    /** The provider's invoice: its total and, optionally, its amount per order. */
    public record Invoice(BigDecimal total, List<InvoiceRow> rows) {

        public Invoice {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    public record InvoiceRow(long orderId, BigDecimal amount) {
    }

    /** @param difference invoiced minus underlag: positive when the provider asks for more than the basis gives */
    public record Difference(long orderId, String client, ServiceType serviceType, BigDecimal underlag,
            BigDecimal invoiced, BigDecimal difference) {
    }

    public boolean matches() {
        return difference.signum() == 0 && differences.isEmpty();
    }

    static Reconciliation of(Underlag underlag, Invoice invoice) {
        if (invoice == null || invoice.total() == null) {
            throw new VisitRejectedException("belopp", "Ange fakturans belopp.");
        }
        if (invoice.total().scale() > 2) {
            throw new VisitRejectedException("belopp", "Beloppet anges i kronor med högst två decimaler.");
        }
        Map<Long, BigDecimal> invoiced = new HashMap<>();
        for (InvoiceRow row : invoice.rows()) {
            if (row.amount() == null || row.amount().scale() > 2) {
                throw new VisitRejectedException("rader", "Varje rad behöver ett belopp med högst två decimaler.");
            }
            invoiced.merge(row.orderId(), row.amount(), BigDecimal::add);
        }
        List<Difference> differences = new ArrayList<>();
        if (!invoice.rows().isEmpty()) {
            Map<Long, Underlag.Group> groups = new HashMap<>();
            underlag.groups().forEach(g -> groups.put(g.orderId(), g));
            TreeSet<Long> all = new TreeSet<>(groups.keySet());
            all.addAll(invoiced.keySet());
            for (long orderId : all) {
                Underlag.Group g = groups.get(orderId);
                BigDecimal basis = g == null ? BigDecimal.ZERO.setScale(2) : g.amount();
                BigDecimal billed = invoiced.getOrDefault(orderId, BigDecimal.ZERO).setScale(2);
                if (basis.compareTo(billed) != 0) {
                    differences.add(new Difference(orderId, g == null ? "Finns inte i underlaget" : g.client(),
                            g == null ? null : g.serviceType(), basis, billed, billed.subtract(basis)));
                }
            }
        }
        BigDecimal total = invoice.total().setScale(2);
        return new Reconciliation(underlag.providerId(), underlag.month(), underlag.total(), total,
                total.subtract(underlag.total()), differences);
    }
}
