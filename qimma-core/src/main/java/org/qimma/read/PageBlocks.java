package org.qimma.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text blocks of a page in reading order: each block element ({@code p}, {@code div},
 * {@code li}, ...) gives the text written directly in it, inline markup included. A {@code <br>}
 * ends a block, except inside a paragraph, where only a blank line ({@code <br><br>}) does.
 * Each block knows the element it stands in and how much of its text is link text.
 */
final class PageBlocks {

    /** One block: its text (white space collapsed), link characters, and the element it stands in. */
    record Block(String text, int linkChars, Element element) {
        double linkDensity() {
            long letters = text.chars().filter(c -> !Character.isWhitespace(c)).count();
            return letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters);
        }

        int words() {
            return text.isEmpty() ? 0 : text.split(" ").length;
        }
    }

    private static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "span", "u", "sup", "sub", "font",
            "q", "mark", "small", "big", "abbr", "time", "bdi", "bdo", "cite", "dfn", "s", "strike", "ins", "del",
            "tt", "var", "kbd", "code", "nobr", "wbr");
    // markers of link text inside a block's buffer; stripped from the text itself
    private static final char LINK_OPEN = '\u0001';
    private static final char LINK_CLOSE = '\u0002';
    private static final char BREAK = '\u0003';

    private PageBlocks() {}

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    static List<Block> of(Element root) {
        List<Block> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            final StringBuilder buf = new StringBuilder();
            final List<Element> stack = new ArrayList<>();
            int paragraphs = 0;
            int links = 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText().replace(LINK_OPEN, ' ').replace(LINK_CLOSE, ' ')
                            .replace(BREAK, ' ');
                    if (links > 0) buf.append(LINK_OPEN).append(text).append(LINK_CLOSE);
                    else buf.append(text);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        buf.append(BREAK);
                    } else if (tag.equals("a")) {
                        links++;
                    } else if (!isInline(e)) {
                        flush();
                        stack.add(e);
                        if (tag.equals("p")) paragraphs++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        links--;
                    } else if (!tag.equals("br") && !isInline(e)) {
                        flush();
                        if (!stack.isEmpty()) stack.remove(stack.size() - 1);
                        if (tag.equals("p")) paragraphs--;
                    }
                }
            }

            void flush() {
                if (buf.isEmpty()) return;
                Element owner = stack.isEmpty() ? root : stack.get(stack.size() - 1);
                String s = buf.toString();
                buf.setLength(0);
                String[] pieces = paragraphs > 0 ? s.split(BREAK + "[\\s\u00A0]*" + BREAK) : s.split(String.valueOf(BREAK));
                for (String piece : pieces) add(out, piece, owner);
            }
        }, root);
        return out;
    }

    private static void add(List<Block> out, String piece, Element owner) {
        StringBuilder text = new StringBuilder(piece.length());
        int links = 0;
        int depth = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == LINK_OPEN) depth = 1;
            else if (c == LINK_CLOSE) depth = 0;
            else if (c == BREAK) text.append(' ');
            else {
                text.append(c);
                if (depth > 0 && !Character.isWhitespace(c)) links++;
            }
        }
        String t = MainTextExtractor.collapse(text.toString());
        if (!t.isEmpty()) out.add(new Block(t, links, owner));
    }
}
