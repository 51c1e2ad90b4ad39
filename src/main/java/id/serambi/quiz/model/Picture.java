package id.serambi.quiz.model;

import id.serambi.content.Text;

/**
 * An image a question shows above its options: a file of {@code content/images/} and its
 * alternative text. {@code line} is where the file names it, for messages.
 */
public record Picture(String file, Text alt, int line) {
}
