# Halaman teknologi dan kebutuhan, kandidat hasil pencocokan, dan alasannya.

breadcrumbs = Jejak navigasi
not-given = Tidak disebutkan
none = Tidak ada
any = Bentuk apa pun
choose = Pilih…
technology-confirmed = terakhir dikonfirmasi oleh pemiliknya pada { $date }
technology-offered-by = ditawarkan oleh
technology-languages-note = Teknologi dideskripsikan oleh pemiliknya dalam bahasa Inggris dan bahasa Mandarin. Kata-kata dalam bahasa Anda dikaitkan dengannya melalui glosarium istilah teknis portal; deskripsinya sendiri tidak diterjemahkan oleh mesin.
technology-summary = Ringkasan
technology-description = Deskripsi
technology-facts = Sekilas
field-domain = Bidang
field-readiness = Kesiapan
technology-trl-of-9 = TRL { $trl } dari 9
field-ip = Kekayaan intelektual
field-cooperation-offered = Kerja sama yang ditawarkan
field-typical-cost = Biaya umum bagi pengadopsi
field-sdgs = Tujuan Pembangunan Berkelanjutan
field-keywords = Kata kunci
technology-offered-by-heading = Ditawarkan oleh
ask-introduction = Minta perkenalan
technology-sign-in-to-ask = Masuk sebagai perusahaan untuk meminta perkenalan
technology-needs = Kebutuhan yang mungkin dapat diselesaikannya
match-percent = kecocokan { $percent }%
match-score = Skor kecocokan
technology-related = Teknologi terkait

## A need's page
need-description-meta = Kebutuhan teknologi dari { $country }
need-confirmed = terakhir dikonfirmasi { $date }
field-min-trl = Kesiapan minimum yang diterima
field-cooperation-accepted = Kerja sama yang diterima
field-budget = Anggaran
field-deadline = Tenggat
candidates-heading = Teknologi yang mungkin dapat menyelesaikannya
candidates-none = Belum ada kandidat: pencocokan berjalan di latar belakang dan memerlukan beberapa detik setelah kebutuhan diterbitkan. Anda juga dapat mencari di katalog.
candidates-search = Cari di katalog
candidates-ranked = Diurutkan menurut seberapa sesuai setiap teknologi dengan masalah dan batasannya.
candidates-search-more = Cari teknologi lain di katalog.
verdict = Penilaian
verdict-give = Konfirmasi atau tolak
verdict-confirm = Konfirmasi
verdict-dismiss-because = Tolak karena
verdict-reason = Alasan penolakan
verdict-note = Catatan
verdict-note-hint = (wajib untuk “Lainnya”)
verdict-record = Catat

## Why a technology is a candidate (see the reason codes in the README)
reason-text = kata yang sama: { $words }
reason-concept = keduanya membahas: { $concepts }
reason-domain-same = bidang yang sama: { $domain }
reason-domain-inferred = kebutuhan ini tampaknya termasuk bidang { $domain }
reason-trl = TRL { $trl } memenuhi minimum { $min }
reason-cooperation = ditawarkan sebagai: { $modes }
reason-budget = biaya umum { $cost } sesuai dengan anggaran { $budget }
reason-sdg = tujuan yang sama: { $goals }
reason-deployed-in = sudah diterapkan di { $countries }
reason-deployed-near = diterapkan di negara tetangga: { $countries }
reason-confirmed = dikonfirmasi oleh staf aliansi

## The columns of an entry, as forms, previews and reviews name them
column-institution_ref = Institusi
column-title_en = Judul dalam bahasa Inggris
column-title_zh = Judul dalam bahasa Mandarin
column-summary_en = Ringkasan dalam bahasa Inggris
column-summary_zh = Ringkasan dalam bahasa Mandarin
column-description_en = Deskripsi
column-domain = Bidang
column-keywords = Kata kunci
column-trl = Tingkat kesiapan (TRL)
column-ip = Kekayaan intelektual
column-cooperation = Bentuk kerja sama
column-budget_band = Kisaran anggaran
column-sdgs = Tujuan Pembangunan Berkelanjutan
column-deployed_in = Sudah diterapkan di
column-title = Judul
column-description = Deskripsi
column-language = Bahasa
column-country = Negara
column-organisation = Organisasi
column-org_kind = Jenis organisasi
column-min_trl = Tingkat kesiapan terendah yang dapat diterima
column-deadline = Tenggat

## Writing a technology or a need
optional = (opsional)
entry-new-heading = { $kind ->
    [technology] Tawarkan teknologi
   *[need] Kirim kebutuhan
}
entry-edit-heading = { $kind ->
    [technology] Edit teknologi { $reference }
   *[need] Edit kebutuhan { $reference }
}
form-nothing-saved = Tidak ada yang disimpan: perbaiki kolom yang ditandai di bawah ini.
form-tech-what = Tentang teknologi ini
form-tech-how = Tingkat kesiapan dan cara penawarannya
form-deployed-other = Negara lain tempat teknologi ini diterapkan
form-deployed-other-hint = Kode ISO dua huruf yang dipisahkan dengan koma, mis. KE, BR.
form-need-step-1 = 1. Masalah Anda
form-need-step-2 = 2. Lokasi
form-need-step-3 = 3. Batasan
form-need-step-4 = 4. Waktu
form-save-preview = Simpan draf dan pratinjau
form-save-submit = Simpan dan ajukan untuk ditinjau
form-back-technologies = Kembali ke teknologi Anda
form-back-needs = Kembali ke kebutuhan Anda
form-tech-title-en = Judul dalam bahasa Inggris
form-tech-title-en-hint = Sebutkan manfaatnya bagi pengguna, maksimal 256 karakter.
form-tech-title-zh = Judul dalam bahasa Mandarin (中文标题)
form-tech-summary-en = Ringkasan dalam bahasa Inggris
form-tech-summary-en-hint = Dua atau tiga kalimat, maksimal 1.000 karakter: masalah yang diselesaikan dan hasilnya.
form-tech-summary-zh = Ringkasan dalam bahasa Mandarin (中文摘要)
form-tech-description-en = Deskripsi
form-tech-description-en-hint = Cara kerjanya, tempat teknologi ini telah digunakan, dan apa yang diperlukan pengadopsi: maksimal 8.000 karakter.
form-tech-domain = Bidang
form-tech-keywords = Kata kunci
form-tech-keywords-hint = Hingga sepuluh, dipisahkan dengan koma.
form-tech-trl = Tingkat kesiapan (TRL)
form-tech-ip = Kekayaan intelektual
form-tech-cooperation = Bentuk kerja sama yang Anda tawarkan
form-tech-cooperation-hint = Pilih setidaknya satu.
form-tech-budget-band = Biaya umum bagi pengadopsi
form-tech-sdgs = Tujuan Pembangunan Berkelanjutan yang didukungnya
form-tech-deployed-in = Sudah diterapkan di
form-need-title = Dalam satu baris, apa yang Anda butuhkan?
form-need-title-hint = Contoh: “Mengolah limbah cair pati singkong untuk pabrik berkapasitas 200 ton per hari”.
form-need-description = Jelaskan masalahnya
form-need-description-hint = Apa yang terjadi saat ini, apa yang telah Anda coba, dan apa yang harus dicapai oleh solusi yang baik. Maksimal 4.000 karakter; tulislah dalam bahasa yang paling nyaman bagi Anda.
form-need-language = Bahasa yang Anda gunakan
form-need-country = Negara tempat solusi akan digunakan
form-need-domain = Bidang
form-need-domain-hint = Kosongkan jika Anda tidak yakin: pencocokan juga membaca deskripsi Anda.
form-need-keywords = Kata kunci
form-need-keywords-hint = Hingga sepuluh, dipisahkan dengan koma.
form-need-min-trl = Tingkat kesiapan terendah yang dapat Anda terima
form-need-cooperation = Bentuk kerja sama yang dapat Anda terima
form-need-cooperation-hint = Biarkan semua tidak dicentang jika bentuk apa pun dapat diterima.
form-need-budget-band = Anggaran Anda
form-need-sdgs = Tujuan Pembangunan Berkelanjutan yang didukungnya
form-need-deadline = Tenggat
form-need-deadline-hint = Tanggal paling lambat Anda memerlukan solusi, dalam format YYYY-MM-DD.

## A member's list of entries, and one revision
mine-tech-intro = Teknologi yang Anda tulis ditinjau oleh staf aliansi sebelum muncul di katalog publik. Selama perubahan pada teknologi yang sudah terbit sedang ditinjau, katalog tetap menampilkan versi yang terakhir disetujui.
mine-need-intro = Kebutuhan yang Anda kirim ditinjau oleh staf aliansi sebelum muncul di papan publik, tempat institusi dan sistem pencocokan dapat melihatnya.
mine-tech-new = Tawarkan teknologi baru
mine-need-new = Kirim kebutuhan baru
mine-tech-empty = Anda belum memiliki teknologi. Tawarkan teknologi pertama Anda: hanya perlu sekitar sepuluh menit.
mine-need-empty = Anda belum mengirim kebutuhan. Jelaskan masalah pertama Anda: teknologi yang cocok akan disarankan setelah kebutuhan tersebut diterbitkan.
mine-caption = Entri Anda, yang terakhir diubah lebih dahulu
mine-ref = Ref
mine-public = Publik
mine-review = Peninjauan
mine-candidates = Kandidat
mine-changed = Diubah
mine-actions = Tindakan
mine-not-yet = Belum
mine-staff = Staf:
mine-public-until = publik hingga { $date }
mine-confirm = Konfirmasi masih berlaku
mine-continue = Lanjutkan mengedit
mine-edit = Edit
mine-archive = Arsipkan
mine-close = Tutup
mine-archive-confirm = Ya, keluarkan dari katalog
mine-close-confirm = Ya, turunkan dari papan
mine-open = Buka
notice-saved = Draf disimpan. Periksa pratinjaunya, lalu ajukan untuk ditinjau.
notice-submitted = Telah diajukan. Staf aliansi akan meninjaunya; Anda akan melihat keputusan mereka di sini.
notice-withdrawn = Revisi telah ditarik; entri yang sudah terbit, jika ada, tidak berubah.
notice-archived = Diarsipkan: entri ini tidak lagi muncul di katalog publik.
notice-closed = Ditutup: kebutuhan ini tidak lagi muncul di papan publik.
notice-confirmed = Dikonfirmasi masih berlaku: entri ini tetap terbuka untuk umum selama satu tahun lagi.
revision-changes-to = { $kind ->
    [technology] Perubahan pada teknologi
   *[need] Perubahan pada kebutuhan
}
revision-new = { $kind ->
    [technology] Teknologi baru
   *[need] Kebutuhan baru
}
revision-status = Status:
revision-submitted = diajukan { $date }
revision-staff-comment = Komentar dari staf aliansi
revision-submit = Ajukan untuk ditinjau
revision-withdraw = Tarik
revision-review-it = Tinjau
revision-preview = Pratinjau
revision-preview-tech = Sebagaimana akan tampil di katalog setelah disetujui.
revision-preview-need = Sebagaimana akan tampil di papan kebutuhan setelah disetujui.
back = Kembali

## Problems a form can have, beside the field
problem-required = Kolom ini wajib diisi tetapi masih kosong.
problem-too-long = Kolom ini berisi { $length } karakter; maksimal { $max } karakter yang diizinkan.
problem-too-many = Kolom ini memuat { $count } nilai; maksimal { $max } nilai yang diizinkan.
problem-date = Ini bukan tanggal: gunakan format YYYY-MM-DD, mis. 2026-03-31.
