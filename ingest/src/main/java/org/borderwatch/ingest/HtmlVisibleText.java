package org.borderwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader of the page would see as the article: page furniture and hidden parts removed,
 * the article element preferred to the whole body, and block elements kept apart as paragraphs.
 */
final class HtmlVisibleText {
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, "
            + "form, iframe, svg, object, embed, canvas, button, select, textarea, "
            + "[role=navigation], [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "body",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "figure", "figcaption", "address", "hr", "details", "summary");

    private HtmlVisibleText() {
    }

    static String of(Document page) {
        removeComments(page);
        page.select(FURNITURE).remove();
        Element root = firstOf(page, "article", "[itemprop=articleBody]", "main");
        if (root == null) {
            root = page.body();
        }
        StringBuilder text = new StringBuilder();
        // NodeTraversor walks without recursion, so deeply nested hostile markup cannot overflow the stack.
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && e.nameIs("br")) {
                    text.append('\n');
                } else if (isBlock(node)) {
                    text.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    text.append("\n\n");
                }
            }
        }, root);
        return text.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll(" {2,}", " ");
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCKS.contains(e.normalName());
    }

    private static Element firstOf(Document page, String... selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static void removeComments(Document page) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, page);
        comments.forEach(Node::remove);
    }
}
