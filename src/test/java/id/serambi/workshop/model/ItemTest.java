package id.serambi.workshop.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ItemTest {
    @Test
    void each_kind_is_stored_as_text_and_read_back_with_the_address_a_participant_opens() {
        for (Item item : new Item[]{Item.quiz("tes-awal"), Item.module("media-sosial"), Item.task("madatte", "cari-alamat")}) {
            assertEquals(Optional.of(item), Item.parse(item.code()));
        }
        assertEquals("kuis:tes-awal", Item.quiz("tes-awal").code());
        assertEquals("/kuis/tes-awal", Item.quiz("tes-awal").url());
        assertEquals("/modul/media-sosial", Item.module("media-sosial").url());
        assertEquals("/simulator/madatte", Item.task("madatte", "cari-alamat").url());
    }

    @Test
    void text_that_names_no_item_is_nothing() {
        for (String bad : new String[]{null, "", "tes-awal", "kuis:", ":x", "apa:x", "latihan:madatte", "latihan:madatte/"}) {
            assertEquals(Optional.empty(), Item.parse(bad), String.valueOf(bad));
        }
    }
}
