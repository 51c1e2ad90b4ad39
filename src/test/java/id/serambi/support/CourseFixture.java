package id.serambi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a small course folder on disk, file by file, for tests of loading and pages. */
public final class CourseFixture implements AutoCloseable {
    private final Path root;

    private CourseFixture(Path root) {
        this.root = root;
    }

    public static CourseFixture create() {
        try {
            return new CourseFixture(Files.createTempDirectory("serambi-course"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid course: module {@code dasar} with lessons {@code 01-satu} (with English) and {@code 02-dua} (Indonesian only). */
    public static CourseFixture small() {
        return create()
                .file("modules/01-dasar.yaml", """
                        id: dasar
                        title:
                          id: Dasar
                          en: Basics
                        description:
                          id: Modul dasar.
                          en: The basic module.
                        items:
                          - lesson: dasar/01-satu
                          - lesson: dasar/02-dua
                        """)
                .lesson("dasar/01-satu", "Pelajaran satu", "Isi [berikutnya](02-dua.md).")
                .file("content/lessons/dasar/01-satu.en.md", """
                        ---
                        title: Lesson one
                        description: The first lesson.
                        objectives:
                          - Read the first lesson
                        ---
                        Body in English.
                        """)
                .lesson("dasar/02-dua", "Pelajaran dua", "Isi kedua.");
    }

    public Path root() {
        return root;
    }

    public CourseFixture file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public CourseFixture bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Indonesian lesson file with complete front matter and the given Markdown body. */
    public CourseFixture lesson(String key, String title, String body) {
        return file("content/lessons/" + key + ".md", """
                ---
                title: %s
                description: Satu kalimat tentang pelajaran ini.
                minutes: 5
                objectives:
                  - Memahami isi pelajaran
                sources:
                  - Laporan pendampingan Kelurahan Madatte (2021)
                reviewed: 2026-12-01
                ---
                %s
                """.formatted(title, body));
    }

    public CourseFixture delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        TempFiles.delete(root);
    }
}
