package se.kasus.letters;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import se.kasus.letters.LetterFonts.Style;

/**
 * Renders a {@link Report} as an A4 PDF in landscape, which gives a table of eight columns room to be read. The
 * table's header row is repeated on every page, and every page says "Sida n (N)", so a printed page that comes loose
 * can be put back and the reader knows nothing is missing.
 */
@Component
public class ReportRenderer {

    private static final Color OK_BACKGROUND = new Color(0xe8, 0xf3, 0xec);
    private static final Color OK_BORDER = new Color(0x1e, 0x6b, 0x3a);
    private static final Color BAD_BACKGROUND = new Color(0xfb, 0xe9, 0xe9);
    private static final Color BAD_BORDER = new Color(0xa3, 0x1d, 0x1d);
    private static final Color HEADER_BACKGROUND = new Color(0xe6, 0xeb, 0xf1);
    private static final Color STRIPE = new Color(0xf7, 0xf8, 0xfa);
    private static final Color RULE = new Color(0xc9, 0xcf, 0xd6);

    /** Renders the report; a new document per call, so the renderer is safe to share. */
    public byte[] render(Report report) {
        LetterFonts fonts = new LetterFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 36, 54);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(fonts, report.footer()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(report.title());
        document.addCreator("Kasus");
        document.setDocumentLanguage("sv-SE");
        document.open();
        document.add(paragraph(fonts, report.title(), Style.TITLE, 24, 2));
        if (report.subtitle() != null) {
            document.add(paragraph(fonts, report.subtitle(), Style.HEADING, 16, 8));
        }
        document.add(facts(fonts, report));
        document.add(status(fonts, report.status()));
        if (report.rows().isEmpty()) {
            document.add(paragraph(fonts, report.emptyText(), Style.BODY, 15, 0));
        } else {
            document.add(table(fonts, report));
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(LetterFonts fonts, String text, Style style, float leading, float after) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.add(fonts.phrase(text, style));
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPTable facts(LetterFonts fonts, Report report) {
        PdfPTable table = new PdfPTable(new float[] {18, 82});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        for (Report.Fact fact : report.facts()) {
            table.addCell(plain(fonts, fact.label(), Style.BODY_BOLD));
            table.addCell(plain(fonts, fact.value(), Style.BODY));
        }
        return table;
    }

    private static PdfPCell plain(LetterFonts fonts, String text, Style style) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text == null ? "" : text, style));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1.5f);
        return cell;
    }

    /** A broken chain is a red box at the top of the first page: nobody reads the table without seeing it. */
    private static PdfPTable status(LetterFonts fonts, Report.Status status) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(4);
        cell.setBorderColorLeft(status.ok() ? OK_BORDER : BAD_BORDER);
        cell.setBackgroundColor(status.ok() ? OK_BACKGROUND : BAD_BACKGROUND);
        cell.setPadding(8);
        cell.setPaddingLeft(12);
        cell.addElement(paragraph(fonts, status.heading(), Style.OUTCOME, 16, 2));
        if (status.text() != null) {
            cell.addElement(paragraph(fonts, status.text(), Style.BODY, 14, 0));
        }
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(12);
        table.addCell(cell);
        return table;
    }

    private static PdfPTable table(LetterFonts fonts, Report report) {
        float[] widths = new float[report.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = report.columns().get(i).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (Report.Column column : report.columns()) {
            PdfPCell cell = cell(fonts, column.heading(), Style.TABLE_BOLD);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        int n = 0;
        for (Report.Row row : report.rows()) {
            Color background = n++ % 2 == 1 ? STRIPE : null;
            for (String text : row.cells()) {
                PdfPCell cell = cell(fonts, text, row.emphasised() ? Style.TABLE_BOLD : Style.TABLE);
                cell.setBackgroundColor(background);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(LetterFonts fonts, String text, Style style) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text, style));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.4f);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** The footer text and "Sida n (N)"; the total is filled in when the document closes. */
    private static final class Footer extends PdfPageEventHelper {

        private static final float BASELINE = 30;
        private static final float TOTAL_WIDTH = 18;

        private final LetterFonts fonts;
        private final String text;
        private PdfTemplate total;
        private int pages;

        Footer(LetterFonts fonts, String text) {
            this.fonts = fonts;
            this.text = text == null ? "" : text;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages++;
            PdfContentByte canvas = writer.getDirectContent();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(text, Style.SMALL), document.left(),
                    BASELINE, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, fonts.phrase("Sida " + pages + " (", Style.SMALL),
                    document.right() - TOTAL_WIDTH, BASELINE, 0);
            canvas.addTemplate(total, document.right() - TOTAL_WIDTH, BASELINE);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setColorFill(Style.SMALL.color);
            total.setFontAndSize(fonts.regularBase(), Style.SMALL.size);
            total.showText(pages + ")");
            total.endText();
        }
    }
}
