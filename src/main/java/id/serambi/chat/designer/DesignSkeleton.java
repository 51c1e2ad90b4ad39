package id.serambi.chat.designer;

/** The smallest menu that passes every check: where "Buat baru" starts. Placeholders are marked CONTOH. */
final class DesignSkeleton {
    static final String YAML = """
            title: Menu WhatsApp kelurahan
            profile:
              name: Kelurahan CONTOH
              hours:
                senin: 08.00-16.00
                selasa: 08.00-16.00
                rabu: 08.00-16.00
                kamis: 08.00-16.00
                jumat: 08.00-16.00
                sabtu: tutup
                minggu: tutup
              phone: "6281234567890"
            greeting: |-
              Selamat datang di layanan WhatsApp Kelurahan CONTOH.
              Ketik *Menu* untuk melihat pilihan layanan.

              Jam pelayanan: Senin-Jumat pukul 08.00-16.00. Pertanyaan lain dibalas petugas kami pada jam pelayanan.
            away:
              schedule: outside-hours
              text: Terima kasih. Saat ini di luar jam pelayanan; pesan Anda dibalas petugas pada jam pelayanan berikutnya.
            fallback: Maaf, pesan Anda belum kami pahami.
            footer: Ketik *0* untuk kembali ke menu, atau *Menu* untuk menu utama.
            triggers:
              - Menu
            menu:
              shortcut: menu
              text: 'Silakan pilih layanan dengan mengetik angkanya:'
              options:
                - label: Alamat kantor
                  shortcut: alamat
                  reply: Alamat kantor kelurahan CONTOH.
            """;

    private DesignSkeleton() {
    }
}
