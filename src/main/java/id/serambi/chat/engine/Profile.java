package id.serambi.chat.engine;

import java.util.Optional;

/**
 * The business profile a WhatsApp Business account shows to citizens.
 *
 * @param phone the office's number in international form without "+" (62...), as wa.me wants it
 */
public record Profile(String name, Optional<String> address, WeekHours hours, String phone,
                      Optional<String> instagram, Optional<String> website, Optional<String> description) {
}
