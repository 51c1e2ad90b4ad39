package id.serambi.quiz.model;

import id.serambi.content.Text;

import java.util.Optional;

/**
 * A chat message shown in a question or an option, drawn as the WhatsApp simulator draws one: who
 * it is from as the phone shows it, its text, and optionally a link and an attached file's name,
 * shown but never opened.
 */
public record Bubble(String sender, Text text, Optional<String> link, Optional<String> attachment) {
}
