package se.kasus.letters;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import se.kasus.letters.LetterFonts.Style;

/**
 * Renders a {@link DecisionLetter} as an A4 PDF in Swedish.
 *
 * <p>The wording follows klarspråk: the outcome is first said in everyday words ("Du får ...")
 * and then with the formal term, because the recipients are often elderly or in a vulnerable
 * situation and read the letter without help.
 */
@Component
public class DecisionLetterRenderer {

    static final String PROTECTED_ADDRESS_NOTE = "Adress skyddad – skickas via Skatteverket";

    private static final float BODY_LEADING = 15;
    private static final Color BOX_BACKGROUND = new Color(0xf1, 0xf4, 0xf8);
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Renders the letter; a new document per call, so the renderer is safe to share. */
    public byte[] render(DecisionLetter letter) {
        LetterFonts fonts = new LetterFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Points: about 25 mm left for hole punching, 20 mm right; the bottom leaves room for the footer.
        Document document = new Document(PageSize.A4, 70, 57, 50, 70);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new LetterPageFooter(fonts, letter));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        addMetadata(document, letter);
        document.open();
        new Body(document, fonts, letter).write();
        document.close();
        return out.toByteArray();
    }

    /** Metadata is readable without opening the letter, so it carries no personal data. */
    private static void addMetadata(Document document, DecisionLetter letter) {
        document.addTitle("Beslut " + letter.caseReference());
        document.addSubject("Beslutsbrev");
        document.addCreator("Kasus");
        document.setDocumentLanguage("sv-SE");
    }

    /** The content of one letter, top to bottom. */
    private static final class Body {

        private final Document document;
        private final LetterFonts fonts;
        private final DecisionLetter letter;

        Body(Document document, LetterFonts fonts, DecisionLetter letter) {
            this.document = document;
            this.fonts = fonts;
            this.letter = letter;
        }

        void write() {
            document.add(header());
            document.add(addressee());
            document.add(title());
            document.add(outcomeBox());
            section("Skäl för beslutet");
            motivation();
            document.add(labelled("Lagrum: ", letter.legalBasis()));
            section("Vem har fattat beslutet");
            document.add(decisionMaker());
            section("Frågor om beslutet");
            contact();
            if (letter.appealable()) {
                document.add(appealInstructions());
            }
        }

        private PdfPTable header() {
            PdfPTable table = new PdfPTable(new float[] {62, 38});
            table.setWidthPercentage(100);
            PdfPCell sender = borderless();
            sender.addElement(paragraph(letter.municipalityName(), Style.MUNICIPALITY, 18));
            sender.addElement(paragraph(letter.unitName(), Style.BODY, BODY_LEADING));
            table.addCell(sender);
            PdfPCell reference = borderless();
            reference.addElement(rightAligned(keyValue("Datum", format(letter.decisionDate()))));
            reference.addElement(rightAligned(keyValue("Ärendenummer", letter.caseReference())));
            table.addCell(reference);
            return table;
        }

        /** Placed in the right half, where Swedish letters put the recipient. */
        private Paragraph addressee() {
            Paragraph block = paragraph(letter.applicantName(), Style.BODY, BODY_LEADING);
            block.setIndentationLeft((document.right() - document.left()) / 2 + 10);
            block.setSpacingBefore(28);
            block.setSpacingAfter(30);
            // Skyddad identitet: we hold no address and print none; Skatteverket forwards the letter.
            String lines = letter.addressProtected() ? PROTECTED_ADDRESS_NOTE : letter.applicantAddressLines();
            for (String line : LINE_BREAK.split(lines.strip())) {
                block.add(Chunk.NEWLINE);
                block.add(fonts.phrase(line.strip(), Style.BODY));
            }
            return block;
        }

        private Paragraph title() {
            Paragraph title = paragraph("Beslut", Style.TITLE, 24);
            title.add(Chunk.NEWLINE);
            title.add(fonts.phrase(letter.subject(), Style.HEADING));
            title.add(Chunk.NEWLINE);
            // The personnummer is here, not in the address block, so it is not visible
            // through the window of an envelope.
            title.add(fonts.phrase("Sökande: " + letter.applicantName() + ", "
                    + letter.applicantPersonnummer(), Style.BODY));
            title.setSpacingAfter(12);
            return title;
        }

        private PdfPTable outcomeBox() {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(3);
            cell.setBorderColorLeft(LetterFonts.ACCENT);
            cell.setBackgroundColor(BOX_BACKGROUND);
            cell.setPadding(10);
            cell.setPaddingLeft(12);
            cell.addElement(paragraph("Beslut: " + letter.outcome().label(), Style.OUTCOME, 18));
            cell.addElement(paragraph(plainOutcome(letter.outcome()), Style.BODY, BODY_LEADING));
            addServiceLines(cell);
            return singleCellTable(cell, 6, 0);
        }

        private void addServiceLines(PdfPCell cell) {
            if (letter.outcome().grantsService()) {
                cell.addElement(spaced(labelled("Beviljad insats: ", letter.serviceDescription()), 6));
                cell.addElement(labelled("Period: ", period(letter.validFrom(), letter.validTo())));
            } else if (letter.serviceDescription() != null) {
                cell.addElement(spaced(labelled("Du ansökte om: ", letter.serviceDescription()), 6));
            }
        }

        private void motivation() {
            for (String part : BLANK_LINE.split(letter.motivation().strip())) {
                document.add(spaced(paragraph(part.strip(), Style.BODY, BODY_LEADING), 0, 6));
            }
        }

        private Paragraph decisionMaker() {
            return paragraph("Beslutet har fattats av " + letter.decidedByName() + ", "
                    + letter.decidedByTitle() + ", med stöd av delegation enligt "
                    + letter.delegationReference() + ".", Style.BODY, BODY_LEADING);
        }

        private void contact() {
            document.add(paragraph("Har du frågor om beslutet är du välkommen att kontakta din handläggare:",
                    Style.BODY, BODY_LEADING));
            Paragraph who = paragraph(letter.caseworkerName(), Style.BODY_BOLD, BODY_LEADING);
            who.setSpacingBefore(4);
            document.add(who);
            document.add(lines(letter.caseworkerContact()));
        }

        /** Multi-line data (contact details) keeps its own line breaks, so a phone number is never split. */
        private Paragraph lines(String text) {
            Paragraph paragraph = new Paragraph(BODY_LEADING);
            String[] lines = LINE_BREAK.split(text.strip());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraph.add(Chunk.NEWLINE);
                }
                paragraph.add(fonts.phrase(lines[i].strip(), Style.BODY));
            }
            return paragraph;
        }

        /** Kept in one box and on one page, so it reads as one self-contained instruction. */
        private PdfPTable appealInstructions() {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(LetterFonts.MUTED);
            cell.setBorderWidth(0.6f);
            cell.setPadding(12);
            cell.setPaddingTop(8);
            cell.addElement(paragraph("Hur man överklagar", Style.HEADING, 18));
            for (String text : AppealText.intro(letter)) {
                cell.addElement(spaced(paragraph(text, Style.BODY, BODY_LEADING), 0, 5));
            }
            cell.addElement(paragraph("Skriv i ditt överklagande:", Style.BODY_BOLD, BODY_LEADING));
            cell.addElement(bullets(AppealText.contents(letter)));
            for (String text : AppealText.help(letter)) {
                cell.addElement(spaced(paragraph(text, Style.BODY, BODY_LEADING), 5, 0));
            }
            cell.addElement(lines(letter.caseworkerContact()));
            PdfPTable table = singleCellTable(cell, 18, 0);
            table.setKeepTogether(true);
            return table;
        }

        private List bullets(java.util.List<String> items) {
            List list = new List(false, 14);
            list.setListSymbol(new Chunk("•", new Font(fonts.regularBase(), Style.BODY.size)));
            for (String item : items) {
                ListItem listItem = new ListItem(fonts.phrase(item, Style.BODY));
                listItem.setLeading(BODY_LEADING);
                list.add(listItem);
            }
            return list;
        }

        private void section(String heading) {
            Paragraph paragraph = paragraph(heading, Style.HEADING, 16);
            paragraph.setSpacingBefore(12);
            paragraph.setSpacingAfter(3);
            paragraph.setKeepTogether(true);
            document.add(paragraph);
        }

        private Paragraph labelled(String label, String value) {
            Paragraph paragraph = paragraph(label, Style.BODY_BOLD, BODY_LEADING);
            paragraph.add(fonts.phrase(value, Style.BODY));
            return paragraph;
        }

        private Paragraph keyValue(String key, String value) {
            Paragraph paragraph = paragraph(key, Style.SMALL, 11);
            paragraph.add(Chunk.NEWLINE);
            paragraph.add(fonts.phrase(value, Style.BODY_BOLD));
            paragraph.setSpacingAfter(4);
            return paragraph;
        }

        private Paragraph paragraph(String text, Style style, float leading) {
            Paragraph paragraph = new Paragraph(leading);
            paragraph.add(fonts.phrase(text, style));
            return paragraph;
        }
    }

    static String plainOutcome(Outcome outcome) {
        return switch (outcome) {
            case BIFALL -> "Du får det du har ansökt om. Din ansökan beviljas.";
            case DELVIS_BIFALL -> "Du får en del av det du har ansökt om. Din ansökan beviljas delvis"
                    + " och avslås i övrigt.";
            case AVSLAG -> "Du får inte det du har ansökt om. Din ansökan avslås.";
        };
    }

    static String period(LocalDate from, LocalDate to) {
        String start = "Från och med " + format(from);
        return to == null ? start + " och tills vidare" : start + " till och med " + format(to);
    }

    /** ISO dates (2025-03-14) are the norm in Swedish public-sector letters. */
    static String format(LocalDate date) {
        return date.toString();
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static PdfPTable singleCellTable(PdfPCell cell, float before, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.addCell(cell);
        return table;
    }

    private static Paragraph rightAligned(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static Paragraph spaced(Paragraph paragraph, float before, float after) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}
