package id.serambi.quiz.file;

import id.serambi.content.ContentFiles;

import java.nio.file.Path;

/**
 * Reads the quiz files of one format in {@code quizzes/}, such as {@code .yaml} or {@code .gift}.
 * The file name without the suffix is the quiz id; {@link QuizFilesCheck} checks it and that no two
 * formats give the same id, so a reader only reads.
 */
public interface QuizFileReader {

    /** The end of the file names this reader takes, with its dot: {@code ".gift"}. */
    String suffix();

    QuizFile read(ContentFiles files, Path file);
}
