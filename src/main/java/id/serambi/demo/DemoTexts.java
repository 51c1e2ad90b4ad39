package id.serambi.demo;

import java.util.List;

/** What demo respondents write: short, plain Indonesian, as participants of the field report wrote. */
final class DemoTexts {
    private DemoTexts() {
    }

    static final List<String> CRITICISM = List.of(
            "Waktunya terlalu singkat, praktik di ponsel baru mulai sudah selesai.",
            "Sinyal di aula kurang bagus, jadi beberapa peserta tidak bisa mencoba langsung.",
            "Ponsel saya sudah lama, aplikasinya lambat waktu praktik.",
            "Materi Instagram terlalu cepat dijelaskan.",
            "Tulisan di layar proyektor kurang besar dari kursi belakang.",
            "Belum semua petugas hadir, padahal mereka yang nanti membalas pesan warga.",
            "Contoh balasan WhatsApp sebaiknya dicetak supaya bisa dibawa pulang.",
            "Pelatihan dimulai terlambat karena menunggu peserta.");

    static final List<String> SUGGESTIONS = List.of(
            "Adakan pelatihan lanjutan untuk membuat konten Instagram.",
            "Tambahkan menu untuk cek status pengurusan surat lewat WhatsApp.",
            "Buat pelatihan serupa untuk ketua RT dan RW.",
            "Sebaiknya ada buku panduan singkat untuk warga yang belum paham WhatsApp.",
            "Nomor WhatsApp kantor ditempel di papan pengumuman dan di masjid.",
            "Jam layanan WhatsApp diperpanjang sampai sore.",
            "Praktik dibuat berpasangan supaya yang belum bisa dibantu temannya.",
            "Umumkan layanan baru di grup WhatsApp warga.");

    static final List<String> OTHER_SERVICES = List.of(
            "Surat keterangan ahli waris",
            "Surat pengantar nikah",
            "Surat keterangan tidak mampu",
            "Legalisir fotokopi KK");

    static final List<String> SKM_SUGGESTIONS = List.of(
            "Petugas ramah, tapi antrean di loket masih lama.",
            "Persyaratan surat sebaiknya diumumkan di WhatsApp supaya tidak bolak-balik.",
            "Ruang tunggu perlu tambahan kursi.",
            "Balasan WhatsApp cepat, terima kasih.",
            "Tolong kotak saran di kantor dibuka lagi.",
            "Pelayanan sudah baik, pertahankan.");
}
