package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Checks a written brief: every link points at an anchor it defines, every chart is a real image with something drawn. */
final class BriefAssertions {
    private BriefAssertions() {
    }

    static void linksResolve(String html, String md) {
        Set<String> ids = all(html, "id=\"([^\"]+)\"");
        Set<String> links = all(html, "href=\"#([^\"]+)\"");
        assertThat(links).as("the brief links to its sources").isNotEmpty();
        assertThat(ids).containsAll(links);
        Set<String> mdIds = all(md, "<a id=\"([^\"]+)\"></a>");
        Set<String> mdLinks = all(md, "\\]\\(#([^)]+)\\)");
        assertThat(mdIds).containsAll(mdLinks);
        assertThat(mdLinks).isEqualTo(links);
    }

    static void chartsAreImages(Path dir, String html) throws IOException {
        Set<String> images = all(html, "<img src=\"([^\"]+)\"");
        assertThat(images).isNotEmpty();
        for (String src : images) {
            BufferedImage image = ImageIO.read(dir.resolve(src).toFile());
            assertThat(image).as(src).isNotNull();
            assertThat(image.getWidth()).isEqualTo(960);
            Set<Integer> colours = new LinkedHashSet<>();
            for (int x = 0; x < image.getWidth(); x += 7) {
                for (int y = 0; y < image.getHeight(); y += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours.size()).as(src + " has more than a background").isGreaterThan(2);
        }
    }

    static Set<String> all(String text, String regex) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
