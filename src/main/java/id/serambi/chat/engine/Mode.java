package id.serambi.chat.engine;

/** Who answers the citizen: the free app (greeting and away only) or a bot on the API. */
public enum Mode {
    /** "Aplikasi WhatsApp Business": menu answers are quick replies a staff member sends. */
    APP,
    /** "Bot / API": the keyword menu answers by itself. */
    API
}
