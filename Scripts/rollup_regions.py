"""Indonesia's 38 provinces, each with its capital and its kabupaten and kota,
for the units the rollup benchmark makes up: one KPU Provinsi per province
and one KPU Kabupaten/Kota per regency or city, 38 + 514 = 552 units, as
many as KPU has below KPU RI. The names are real; the units' plans and
progress made from them are not."""

# province: (capital, "Kota a, b; Kabupaten c, d")
PROVINCES = {
    "Aceh": ("Banda Aceh", "Kota Banda Aceh, Sabang, Lhokseumawe, Langsa, Subulussalam; Kabupaten Aceh Besar, Pidie, "
             "Pidie Jaya, Bireuen, Aceh Utara, Aceh Timur, Aceh Tamiang, Aceh Tengah, Bener Meriah, Gayo Lues, "
             "Aceh Tenggara, Aceh Selatan, Aceh Barat Daya, Nagan Raya, Aceh Barat, Aceh Jaya, Simeulue, Aceh Singkil"),
    "Sumatera Utara": ("Medan", "Kota Medan, Binjai, Tebing Tinggi, Pematangsiantar, Tanjungbalai, Sibolga, "
                       "Padangsidimpuan, Gunungsitoli; Kabupaten Deli Serdang, Serdang Bedagai, Langkat, Karo, "
                       "Simalungun, Asahan, Batu Bara, Labuhanbatu, Labuhanbatu Utara, Labuhanbatu Selatan, Dairi, "
                       "Pakpak Bharat, Humbang Hasundutan, Samosir, Toba, Tapanuli Utara, Tapanuli Tengah, "
                       "Tapanuli Selatan, Mandailing Natal, Padang Lawas, Padang Lawas Utara, Nias, Nias Selatan, "
                       "Nias Utara, Nias Barat"),
    "Sumatera Barat": ("Padang", "Kota Padang, Bukittinggi, Padang Panjang, Payakumbuh, Sawahlunto, Solok, Pariaman; "
                       "Kabupaten Agam, Lima Puluh Kota, Padang Pariaman, Pasaman, Pasaman Barat, Pesisir Selatan, "
                       "Sijunjung, Solok, Solok Selatan, Tanah Datar, Dharmasraya, Kepulauan Mentawai"),
    "Riau": ("Pekanbaru", "Kota Pekanbaru, Dumai; Kabupaten Kampar, Bengkalis, Siak, Pelalawan, Indragiri Hulu, "
             "Indragiri Hilir, Kuantan Singingi, Rokan Hulu, Rokan Hilir, Kepulauan Meranti"),
    "Jambi": ("Jambi", "Kota Jambi, Sungai Penuh; Kabupaten Batanghari, Bungo, Kerinci, Merangin, Muaro Jambi, "
              "Sarolangun, Tanjung Jabung Barat, Tanjung Jabung Timur, Tebo"),
    "Sumatera Selatan": ("Palembang", "Kota Palembang, Prabumulih, Pagar Alam, Lubuklinggau; Kabupaten Banyuasin, "
                         "Empat Lawang, Lahat, Muara Enim, Musi Banyuasin, Musi Rawas, Musi Rawas Utara, Ogan Ilir, "
                         "Ogan Komering Ilir, Ogan Komering Ulu, Ogan Komering Ulu Selatan, Ogan Komering Ulu Timur, "
                         "Penukal Abab Lematang Ilir"),
    "Bengkulu": ("Bengkulu", "Kota Bengkulu; Kabupaten Bengkulu Selatan, Bengkulu Tengah, Bengkulu Utara, Kaur, "
                 "Kepahiang, Lebong, Mukomuko, Rejang Lebong, Seluma"),
    "Lampung": ("Bandar Lampung", "Kota Bandar Lampung, Metro; Kabupaten Lampung Barat, Lampung Selatan, "
                "Lampung Tengah, Lampung Timur, Lampung Utara, Mesuji, Pesawaran, Pesisir Barat, Pringsewu, "
                "Tanggamus, Tulang Bawang, Tulang Bawang Barat, Way Kanan"),
    "Kepulauan Bangka Belitung": ("Pangkalpinang", "Kota Pangkalpinang; Kabupaten Bangka, Bangka Barat, "
                                  "Bangka Selatan, Bangka Tengah, Belitung, Belitung Timur"),
    "Kepulauan Riau": ("Tanjungpinang", "Kota Batam, Tanjungpinang; Kabupaten Bintan, Karimun, Kepulauan Anambas, "
                       "Lingga, Natuna"),
    "DKI Jakarta": ("Jakarta", "Kota Jakarta Pusat, Jakarta Utara, Jakarta Barat, Jakarta Selatan, Jakarta Timur; "
                    "Kabupaten Kepulauan Seribu"),
    "Jawa Barat": ("Bandung", "Kota Bandung, Banjar, Bekasi, Bogor, Cimahi, Cirebon, Depok, Sukabumi, Tasikmalaya; "
                   "Kabupaten Bandung, Bandung Barat, Bekasi, Bogor, Ciamis, Cianjur, Cirebon, Garut, Indramayu, "
                   "Karawang, Kuningan, Majalengka, Pangandaran, Purwakarta, Subang, Sukabumi, Sumedang, Tasikmalaya"),
    "Jawa Tengah": ("Semarang", "Kota Semarang, Surakarta, Magelang, Salatiga, Pekalongan, Tegal; Kabupaten "
                    "Banjarnegara, Banyumas, Batang, Blora, Boyolali, Brebes, Cilacap, Demak, Grobogan, Jepara, "
                    "Karanganyar, Kebumen, Kendal, Klaten, Kudus, Magelang, Pati, Pekalongan, Pemalang, Purbalingga, "
                    "Purworejo, Rembang, Semarang, Sragen, Sukoharjo, Tegal, Temanggung, Wonogiri, Wonosobo"),
    "DI Yogyakarta": ("Yogyakarta", "Kota Yogyakarta; Kabupaten Bantul, Gunungkidul, Kulon Progo, Sleman"),
    "Jawa Timur": ("Surabaya", "Kota Surabaya, Malang, Batu, Blitar, Kediri, Madiun, Mojokerto, Pasuruan, "
                   "Probolinggo; Kabupaten Bangkalan, Banyuwangi, Blitar, Bojonegoro, Bondowoso, Gresik, Jember, "
                   "Jombang, Kediri, Lamongan, Lumajang, Madiun, Magetan, Malang, Mojokerto, Nganjuk, Ngawi, Pacitan, "
                   "Pamekasan, Pasuruan, Ponorogo, Probolinggo, Sampang, Sidoarjo, Situbondo, Sumenep, Trenggalek, "
                   "Tuban, Tulungagung"),
    "Banten": ("Serang", "Kota Serang, Cilegon, Tangerang, Tangerang Selatan; Kabupaten Serang, Tangerang, Lebak, "
               "Pandeglang"),
    "Bali": ("Denpasar", "Kota Denpasar; Kabupaten Badung, Bangli, Buleleng, Gianyar, Jembrana, Karangasem, "
             "Klungkung, Tabanan"),
    "Nusa Tenggara Barat": ("Mataram", "Kota Mataram, Bima; Kabupaten Bima, Dompu, Lombok Barat, Lombok Tengah, "
                            "Lombok Timur, Lombok Utara, Sumbawa, Sumbawa Barat"),
    "Nusa Tenggara Timur": ("Kupang", "Kota Kupang; Kabupaten Alor, Belu, Ende, Flores Timur, Kupang, Lembata, Malaka, "
                            "Manggarai, Manggarai Barat, Manggarai Timur, Nagekeo, Ngada, Rote Ndao, Sabu Raijua, "
                            "Sikka, Sumba Barat, Sumba Barat Daya, Sumba Tengah, Sumba Timur, Timor Tengah Selatan, "
                            "Timor Tengah Utara"),
    "Kalimantan Barat": ("Pontianak", "Kota Pontianak, Singkawang; Kabupaten Bengkayang, Kapuas Hulu, Kayong Utara, "
                         "Ketapang, Kubu Raya, Landak, Melawi, Mempawah, Sambas, Sanggau, Sekadau, Sintang"),
    "Kalimantan Tengah": ("Palangka Raya", "Kota Palangka Raya; Kabupaten Barito Selatan, Barito Timur, Barito Utara, "
                          "Gunung Mas, Kapuas, Katingan, Kotawaringin Barat, Kotawaringin Timur, Lamandau, "
                          "Murung Raya, Pulang Pisau, Sukamara, Seruyan"),
    "Kalimantan Selatan": ("Banjarbaru", "Kota Banjarmasin, Banjarbaru; Kabupaten Balangan, Banjar, Barito Kuala, "
                           "Hulu Sungai Selatan, Hulu Sungai Tengah, Hulu Sungai Utara, Kotabaru, Tabalong, "
                           "Tanah Bumbu, Tanah Laut, Tapin"),
    "Kalimantan Timur": ("Samarinda", "Kota Samarinda, Balikpapan, Bontang; Kabupaten Berau, Kutai Barat, "
                         "Kutai Kartanegara, Kutai Timur, Mahakam Ulu, Paser, Penajam Paser Utara"),
    "Kalimantan Utara": ("Tanjung Selor", "Kota Tarakan; Kabupaten Bulungan, Malinau, Nunukan, Tana Tidung"),
    "Sulawesi Utara": ("Manado", "Kota Manado, Bitung, Tomohon, Kotamobagu; Kabupaten Bolaang Mongondow, "
                       "Bolaang Mongondow Selatan, Bolaang Mongondow Timur, Bolaang Mongondow Utara, "
                       "Kepulauan Sangihe, Kepulauan Siau Tagulandang Biaro, Kepulauan Talaud, Minahasa, "
                       "Minahasa Selatan, Minahasa Tenggara, Minahasa Utara"),
    "Sulawesi Tengah": ("Palu", "Kota Palu; Kabupaten Banggai, Banggai Kepulauan, Banggai Laut, Buol, Donggala, "
                        "Morowali, Morowali Utara, Parigi Moutong, Poso, Sigi, Tojo Una-Una, Tolitoli"),
    "Sulawesi Selatan": ("Makassar", "Kota Makassar, Parepare, Palopo; Kabupaten Bantaeng, Barru, Bone, Bulukumba, "
                         "Enrekang, Gowa, Jeneponto, Kepulauan Selayar, Luwu, Luwu Timur, Luwu Utara, Maros, "
                         "Pangkajene dan Kepulauan, Pinrang, Sidenreng Rappang, Sinjai, Soppeng, Takalar, "
                         "Tana Toraja, Toraja Utara, Wajo"),
    "Sulawesi Tenggara": ("Kendari", "Kota Kendari, Baubau; Kabupaten Bombana, Buton, Buton Selatan, Buton Tengah, "
                          "Buton Utara, Kolaka, Kolaka Timur, Kolaka Utara, Konawe, Konawe Kepulauan, "
                          "Konawe Selatan, Konawe Utara, Muna, Muna Barat, Wakatobi"),
    "Gorontalo": ("Gorontalo", "Kota Gorontalo; Kabupaten Boalemo, Bone Bolango, Gorontalo, Gorontalo Utara, "
                  "Pohuwato"),
    "Sulawesi Barat": ("Mamuju", "Kabupaten Majene, Mamasa, Mamuju, Mamuju Tengah, Pasangkayu, Polewali Mandar"),
    "Maluku": ("Ambon", "Kota Ambon, Tual; Kabupaten Buru, Buru Selatan, Kepulauan Aru, Kepulauan Tanimbar, "
               "Maluku Barat Daya, Maluku Tengah, Maluku Tenggara, Seram Bagian Barat, Seram Bagian Timur"),
    "Maluku Utara": ("Sofifi", "Kota Ternate, Tidore Kepulauan; Kabupaten Halmahera Barat, Halmahera Tengah, "
                     "Halmahera Timur, Halmahera Selatan, Halmahera Utara, Kepulauan Sula, Pulau Morotai, "
                     "Pulau Taliabu"),
    "Papua": ("Jayapura", "Kota Jayapura; Kabupaten Jayapura, Keerom, Sarmi, Mamberamo Raya, Biak Numfor, Supiori, "
              "Kepulauan Yapen, Waropen"),
    "Papua Barat": ("Manokwari", "Kabupaten Manokwari, Manokwari Selatan, Pegunungan Arfak, Teluk Bintuni, "
                    "Teluk Wondama, Fakfak, Kaimana"),
    "Papua Selatan": ("Merauke", "Kabupaten Merauke, Boven Digoel, Mappi, Asmat"),
    "Papua Tengah": ("Nabire", "Kabupaten Nabire, Paniai, Mimika, Puncak Jaya, Puncak, Dogiyai, Intan Jaya, Deiyai"),
    "Papua Pegunungan": ("Wamena", "Kabupaten Jayawijaya, Lanny Jaya, Mamberamo Tengah, Nduga, Pegunungan Bintang, "
                         "Tolikara, Yahukimo, Yalimo"),
    "Papua Barat Daya": ("Sorong", "Kota Sorong; Kabupaten Sorong, Sorong Selatan, Raja Ampat, Tambrauw, Maybrat"),
}


def regencies(province):
    """The province's kabupaten and kota as (level, name): ("kota", "Kendari")."""
    found = []
    for group in PROVINCES[province][1].split("; "):
        level, names = group.split(" ", 1)
        found += [(level.lower(), name) for name in names.split(", ")]
    return found
