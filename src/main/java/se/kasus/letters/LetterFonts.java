package se.kasus.letters;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfChunk;

/**
 * The few text styles of a letter (and of a report, see {@link ReportRenderer}).
 *
 * <p>Text is set in built-in Helvetica with the CP1252 (WinAnsi) encoding, which covers Swedish
 * å ä ö and the usual Western European letters. Names of applicants can contain letters outside
 * CP1252 (Polish ł, Sami ŋ, Turkish ş ...); OpenPDF's {@link FontSelector} falls back, character by
 * character, to its bundled Liberation Sans (embedded, Unicode), so such letters are printed instead
 * of silently dropped.
 */
final class LetterFonts {

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    static final Color ACCENT = new Color(0x1f, 0x3a, 0x5f);

    enum Style {
        MUNICIPALITY(true, 15, ACCENT),
        TITLE(true, 20, ACCENT),
        HEADING(true, 12, ACCENT),
        BODY(false, 10.5f, TEXT),
        BODY_BOLD(true, 10.5f, TEXT),
        OUTCOME(true, 13, TEXT),
        SMALL(false, 8.5f, MUTED),
        TABLE(false, 8.5f, TEXT),
        TABLE_BOLD(true, 8.5f, TEXT);

        final boolean bold;
        final float size;
        final Color color;

        Style(boolean bold, float size, Color color) {
            this.bold = bold;
            this.size = size;
            this.color = color;
        }
    }

    private final BaseFont regular = builtIn(BaseFont.HELVETICA);
    private final BaseFont bold = builtIn(BaseFont.HELVETICA_BOLD);
    private final Map<Style, FontSelector> selectors = new EnumMap<>(Style.class);

    LetterFonts() {
        for (Style style : Style.values()) {
            selectors.put(style, selector(style));
        }
    }

    /** The text as a phrase in the given style, with per-character font fallback. */
    Phrase phrase(String text, Style style) {
        Phrase phrase = selectors.get(style).process(text);
        for (Element element : phrase) {
            if (element instanceof Chunk chunk) {
                chunk.setSplitCharacter(SpacesOnly.INSTANCE);
            }
        }
        return phrase;
    }

    /** The plain base font, for the few places that draw text directly on the page. */
    BaseFont regularBase() {
        return regular;
    }

    private FontSelector selector(Style style) {
        FontSelector selector = new FontSelector();
        BaseFont base = style.bold ? bold : regular;
        selector.addFont(new Font(base, style.size, Font.NORMAL, style.color));
        // The fallback font keeps its own size and colour unless told otherwise.
        selector.setDefaultSize(style.size);
        selector.setDefaultColor(style.color);
        return selector;
    }

    private static BaseFont builtIn(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Built-in font " + name + " is missing from OpenPDF", e);
        }
    }

    /**
     * Wraps lines at spaces only. The default also breaks after hyphens, which would split
     * personnummer, dates and case references such as "KS-2025-0142" over two lines.
     */
    private static final class SpacesOnly extends DefaultSplitCharacter {

        static final SpacesOnly INSTANCE = new SpacesOnly();

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return Character.isWhitespace(getCurrentCharacter(current, cc, ck));
        }
    }
}
