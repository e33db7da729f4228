# Beranda, pencarian katalog, kartu, dan penomoran halaman.

home-title = Teknologi dari Tiongkok untuk ASEAN
home-heading = Teknologi dari Tiongkok untuk masalah perusahaan ASEAN
home-intro = Portal ini menyajikan teknologi maju dan tepat guna yang dipilih dari seluruh Tiongkok, dalam satu format yang seragam, bagi perusahaan dan lembaga publik di sepuluh negara ASEAN. Kirimkan kebutuhan Anda, dan Aliansi Alih Teknologi Tiongkok–ASEAN akan menghubungkan Anda dengan institusi yang dapat menyelesaikannya.
search-label = Cari teknologi dalam bahasa apa pun yang tersedia di portal
search-button = Cari
home-search-placeholder = Cari teknologi: limbah cair singkong, 木薯, pengeringan surya…
home-figures = Katalog saat ini
figure-technologies = Teknologi
figure-institutions = Institusi
figure-alliance-members = Anggota aliansi
figure-needs = Kebutuhan yang dikirim
figure-countries-with-needs = Negara ASEAN yang memiliki kebutuhan
home-cooperation = Kerja sama sejauh ini
figure-projects = Proyek
figure-enterprises-served = Perusahaan yang dilayani
figure-agreements = Perjanjian kerja sama yang ditandatangani
figure-countries-reached = Negara ASEAN yang terjangkau
how-we-count = Cara kami menghitung
how-we-count-text = Setiap angka dihitung dari perkenalan yang tercatat di portal ini, sesuai keadaannya saat ini. Proyek adalah perkenalan yang diterima oleh institusi. Perusahaan yang dilayani adalah perusahaan atau lembaga publik yang meminta setidaknya satu perkenalan (atau yang dibantu staf aliansi dengan memfasilitasi perkenalan). Perjanjian adalah perkenalan yang para pihaknya mencatat penandatanganan perjanjian kerja sama. Negara yang terjangkau adalah negara ASEAN yang memiliki setidaknya satu perkenalan yang diterima.
home-domains = Bidang
technologies-count = { $n } teknologi
home-latest = Teknologi terbaru
home-empty = Katalog masih kosong untuk saat ini.
home-all-newest = Semua teknologi, terbaru lebih dahulu
home-needs = Kebutuhan dari ASEAN
home-needs-board = Jelajahi papan kebutuhan
home-needs-countries = Kebutuhan setiap negara ASEAN
written-in = ditulis dalam { $language }

## Catalogue
catalogue-title = Teknologi
catalogue-title-search = “{ $text }” di katalog teknologi
title-page = { $title }, halaman { $page }
catalogue-description = Cari di antara { $n } teknologi maju dan tepat guna dari Tiongkok berdasarkan kata kunci, bidang, tingkat kesiapan, bentuk kerja sama, dan lainnya.
catalogue-feed-title = Teknologi baru untuk pencarian ini
catalogue-feed = Ikuti teknologi baru untuk pencarian ini (umpan Atom)
catalogue-search-placeholder = mis. limbah cair singkong, 木薯, "irigasi tetes"
sort-by = Urutkan menurut
filters = Filter
filters-chosen = { $n } dipilih
filters-chosen-label = Filter yang dipilih
filter-remove = hapus
filters-clear = Hapus semua filter
catalogue-found = { $count ->
    [0] Tidak ada teknologi yang ditemukan
   *[other] { $n } teknologi
}
catalogue-found-for = { $count ->
    [0] Tidak ada teknologi yang ditemukan untuk “{ $text }”
   *[other] { $n } teknologi untuk “{ $text }”
}
catalogue-showing = (menampilkan { $first }–{ $last })
catalogue-past-end = Halaman ini melampaui hasil terakhir.
catalogue-first-page = Kembali ke halaman pertama.
catalogue-nothing = Tidak ada isi katalog yang cocok dengan pencarian ini.
catalogue-did-you-mean = Apakah maksud Anda salah satu dari ini?
catalogue-tip-spelling = Periksa ejaannya, atau gunakan kata yang lebih sedikit atau lebih umum.
catalogue-tip-languages = Judul dan ringkasan tersedia dalam bahasa Inggris dan bahasa Mandarin; kata-kata dalam bahasa-bahasa ASEAN ditemukan melalui glosarium istilah teknis portal.
catalogue-tip-remove-filters = Hapus filter dan cari di seluruh katalog.
catalogue-tip-browse = Jelajahi semua teknologi
catalogue-tip-post-need = atau kirim masalah Anda ke papan kebutuhan
pages = Halaman
page-previous = Sebelumnya
page-next = Berikutnya

## Needs board
needs-from = Kebutuhan dari { $country }
needs-description = Kebutuhan teknologi yang dikirim oleh perusahaan dan lembaga publik di sepuluh negara ASEAN.
needs-feed = Ikuti kebutuhan baru (umpan Atom)
needs-feed-country = atau umpan satu negara:
needs-intro = Masalah yang ingin diselesaikan oleh perusahaan dan lembaga publik di ASEAN. Institusi yang memiliki teknologi yang sesuai dapat menawarkannya melalui aliansi.
filter-country = Negara
filter-any-country = Kesepuluh negara
filter-domain = Bidang
filter-any-domain = Semua bidang
filter-organisation = Organisasi
filter-any-kind = Semua jenis
filter-language = Bahasa
filter-any-language = Semua bahasa
filter-show = Tampilkan
needs-count = { $n } kebutuhan
needs-none = Tidak ada kebutuhan yang cocok dengan filter ini.
needs-see-all = Lihat semua kebutuhan.
institutions-members = Anggota aliansi
institutions-not-members = Bukan anggota

## Institutions
institutions-description = Universitas, lembaga riset, perusahaan, dan pusat alih teknologi yang menawarkan teknologi kepada ASEAN, serta lembaga mitra aliansi.
institutions-kind = Jenis
institutions-place-filter = Provinsi atau negara
institutions-anywhere = Di mana saja
institutions-membership = Keanggotaan aliansi
institutions-members-or-not = Anggota atau bukan
institutions-count = { $n } institusi
institutions-none = Tidak ada institusi yang cocok dengan filter ini.
institutions-see-all = Lihat semua institusi.
institutions-institution = Institusi
institutions-place = Lokasi
institutions-alliance = Aliansi
institutions-alliance-full = Aliansi Alih Teknologi Tiongkok–ASEAN
institutions-member = Anggota
institutions-member-since = Anggota sejak { $date }
institutions-not-member = Bukan anggota
institutions-website = Situs web
institutions-offers = Teknologi yang ditawarkan ({ $n })
institutions-offers-none = Institusi ini belum memiliki teknologi di katalog.

## Countries
countries-title = Negara ASEAN
countries-description = Sepuluh negara ASEAN: kebutuhannya, teknologi yang sudah diterapkan di sana, dan institusi yang berkedudukan di sana.
countries-heading = Sepuluh negara ASEAN
countries-technologies = Teknologi yang diterapkan di sana
countries-institutions = Institusi di sana
country-technologies-here = Teknologi yang diterapkan di sini
country-institutions-here = Institusi di sini
country-no-needs = Belum ada kebutuhan yang dikirim dari { $country }.
country-all-needs = Seluruh kebutuhan dari { $country } ({ $n })
country-deployed = Teknologi yang sudah diterapkan di { $country }
country-no-deployed = Belum ada teknologi di katalog yang melaporkan penerapan di sini.
country-all-deployed = Seluruh teknologi yang diterapkan di { $country } ({ $n })
country-institutions = Institusi yang berkedudukan di { $country }
country-no-institutions = Belum ada institusi dalam katalog yang berkedudukan di sini.
