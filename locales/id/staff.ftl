# Halaman staf dan administrator: antrean peninjauan dan keputusannya, unggah CSV, permintaan akun, penilaian kandidat, akun, corong perkenalan, dan riwayat entri.

## Review queue
review-tabs-label = Pekerjaan staf
review-queue-title = Antrean peninjauan
review-kind = Jenis
review-kind-any = Teknologi dan kebutuhan
review-filter-edits = Baru atau perubahan
review-edits-both = Keduanya
review-edits-new = Entri baru
review-edits-edits = Perubahan entri yang sudah terbit
review-any = Semua
review-filter-button = Filter
review-waiting = { $n } entri menunggu, yang terlama lebih dahulu.
review-nothing = Tidak ada yang menunggu peninjauan.
review-nothing-filtered = Tidak ada yang menunggu peninjauan dengan filter ini:
review-show-everything = tampilkan semuanya
review-nothing-filtered-end = .
review-caption = Entri yang menunggu peninjauan, yang terlama lebih dahulu
review-select = Pilih
review-select-entry = Pilih { $reference }
review-col-submitted = Diajukan
review-col-entry = Entri
review-col-from = Dari
review-badge-edit = perubahan
review-badge-new = baru
review-bulk-reason = Alasan menyetujui entri yang dipilih
review-bulk-approve = Setujui yang dipilih
review-done-approve = Disetujui: entri ini kini terbuka untuk umum.
review-done-request-changes = Dikembalikan kepada pemiliknya beserta permintaan perubahan Anda.
review-done-reject = Ditolak. Pemiliknya dapat melihat alasan Anda.
review-bulk-approved = { $n } entri disetujui: kini terbuka untuk umum.
review-error-tick = Centang entri yang akan disetujui.
review-error-reason = Tuliskan alasan keputusan Anda (paling banyak { $max } karakter): pemilik akan membacanya.
review-error-not-awaiting = Revisi { $id } tidak lagi menunggu peninjauan.
review-error-not-approved = Revisi { $id } tidak disetujui: { $problems }
review-error-decision = Pilih Setujui, Minta perubahan, atau Tolak.
review-error-decided = Revisi ini tidak lagi menunggu peninjauan: revisi telah diputuskan atau ditarik sementara itu.

## One revision under review
review-title = Peninjauan: { $title }
review-edit-of-published = perubahan entri yang sudah terbit
review-new-entry = entri baru
review-from-by = dari { $owner }, ditulis oleh { $author }
review-status = Status:
review-submitted = diajukan { $date }
review-changes-heading = Yang diubah oleh perubahan ini
review-changes-note = Katalog publik tetap menampilkan versi yang sudah terbit sampai Anda menyetujuinya.
review-no-changes = Tidak ada kolom yang berbeda dari versi yang sudah terbit.
review-col-field = Kolom
review-col-published = Terbit
review-col-proposed = Usulan
review-decision = Keputusan
review-approve-publish = Setujui dan terbitkan
review-request-changes = Minta perubahan
review-reject = Tolak
review-reason = Alasan (ditampilkan kepada pemilik)
review-record = Catat keputusan
review-as-submitted = Entri sebagaimana diajukan

## An entry's history (audit log)
history-heading = Riwayat
history-empty = Belum ada yang tercatat.
history-portal = portal
history-created-draft = membuat draf
history-started-edit = mulai mengubah
history-edited = mengedit
history-submitted = mengajukan untuk ditinjau
history-withdrew = menarik revisi
history-approved = menyetujui
history-requested-changes = meminta perubahan
history-rejected = menolak
history-archived = mengarsipkan
history-closed = menutup
history-expired = kedaluwarsa: tidak dikonfirmasi selama setahun
history-confirmed-current = mengonfirmasi bahwa entri masih berlaku
history-confirmed-candidate = mengonfirmasi kandidat { $technology }
history-dismissed-candidate = menolak kandidat { $technology }
history-changed-role = mengubah peran
history-role-from-to = dari { $from ->
    [firm] anggota perusahaan atau lembaga ASEAN
    [institution] anggota institusi
    [staff] staf aliansi
    [admin] administrator aliansi
   *[other] { $from }
} menjadi { $to ->
    [firm] anggota perusahaan atau lembaga ASEAN
    [institution] anggota institusi
    [staff] staf aliansi
    [admin] administrator aliansi
   *[other] { $to }
}

## Uploading catalogue files
import-tab = Unggah CSV
import-title = Unggah berkas katalog
import-done = Berhasil diimpor. Katalog kini memuat baris-baris dari { $files }.
import-valid = Berkas valid. Belum ada yang berubah: periksa apa yang akan dilakukan impor, lalu konfirmasikan.
import-refused = Berkas ditolak dan tidak ada yang diubah: { $n } masalah.
import-refused-listed = Berkas ditolak dan tidak ada yang diubah: { $n } masalah ({ $shown } yang pertama dicantumkan).
import-refused-fix = Perbaiki masalah tersebut lalu unggah kembali berkasnya.
import-did = Yang dilakukan impor
import-will-do = Yang akan dilakukan impor
import-col-file = Berkas
import-col-new = Baru
import-col-changed = Berubah
import-col-unchanged = Tidak berubah
import-confirm = Konfirmasi impor
import-cancel = Batal
import-files = Berkas CSV
import-hint = Salah satu atau beberapa dari institutions.csv, technologies.csv, dan needs.csv, dalam format pertukaran katalog. Baris dicocokkan berdasarkan ref: ref baru ditambahkan, ref yang sudah ada diperbarui. Entri yang diimpor langsung diterbitkan.
import-check = Periksa berkas
import-back = Kembali ke antrean peninjauan

## Account requests
requests-title = Permintaan akun
requests-waiting = { $n } permintaan menunggu, yang terlama lebih dahulu.
requests-none = Tidak ada permintaan akun yang menunggu.
requests-asks = Meminta bergabung sebagai
requests-role = { $role ->
    [firm] anggota perusahaan
    [institution] anggota institusi
   *[other] { $role }
}
requests-asks-of = dari { $affiliation }.
requests-sent = Dikirim { $date }.
requests-reason = Alasan (wajib, ditampilkan kepada pemohon)
requests-approve = Setujui
requests-reject = Tolak
requests-approved = Permintaan disetujui.
requests-rejected = Permintaan ditolak.
requests-error-decision = Pilih Setujui atau Tolak.
requests-error-reason = Tuliskan alasan keputusan Anda.
requests-error-gone = Permintaan itu sudah diputuskan atau tidak ada.

## Candidate verdicts
verdicts-title = Penilaian kandidat
verdicts-intro = Staf mengonfirmasi atau menolak kandidat yang disarankan oleh pencocokan, di halaman setiap kebutuhan. Kandidat yang ditolak tidak lagi ditampilkan kepada perusahaan; kandidat yang dikonfirmasi diberi tanda. Jumlah dihitung menurut minggu penilaian terakhir atas setiap pasangan.
verdicts-none = Belum ada penilaian yang diberikan.
verdicts-week-of = Minggu mulai
verdicts-ip-not-available = KI tidak tersedia
verdicts-latest = Penilaian terbaru
verdicts-when = Waktu
verdicts-need = Kebutuhan
verdicts-technology = Teknologi
verdicts-verdict = Penilaian
verdicts-by = Oleh
verdicts-error-note-long = Catatan harus kurang dari 2.000 karakter.
verdicts-error-reason = Pilih alasan kandidat ditolak.
verdicts-error-note = Jelaskan dalam catatan mengapa kandidat ditolak.
verdicts-error-verdict = Pilih Konfirmasi atau Tolak.

## Accounts (administrators)
admin-role-changed = Peran telah diubah.
admin-count = { $n } akun, staf lebih dahulu.
admin-members = Anggota dikaitkan dengan institusi atau organisasinya ketika staf menyetujui
admin-members-link = permintaan akun
admin-members-end = mereka.
admin-name = Nama
admin-email = Email
admin-role = Peran
admin-belongs-to = Afiliasi
admin-since = Sejak
admin-change-role = Ubah peran
admin-new-role = Peran baru untuk { $email }
admin-role-admin = Administrator
admin-set = Terapkan
admin-you = (Anda)
admin-history = Perubahan peran terbaru
admin-history-none = Belum ada peran yang diubah.
admin-error-role = Pilih staf atau admin.
admin-error-unchanged = Tidak ada yang berubah: akun tersebut sudah memiliki peran ini, tidak ada, atau merupakan akun Anda sendiri.

## The introductions funnel
dashboard-title = Perkenalan: corong
dashboard-all = Semua perkenalan
dashboard-broker = Fasilitasi perkenalan
dashboard-csv = Unduh CSV
dashboard-note = Setiap kolom menghitung perkenalan yang telah mencapai tahap tersebut (perkenalan pada tahap “uji coba” juga telah melewati tahap diminta, diterima, dibahas, dan penandatanganan NDA).
dashboard-overall = Keseluruhan
dashboard-by-country = Menurut negara perusahaan
dashboard-by-domain = Menurut bidang
dashboard-by-province = Menurut provinsi institusi
dashboard-none = Belum ada perkenalan.
dashboard-medians = Median waktu di setiap tahap
dashboard-under-hour = kurang dari satu jam
dashboard-hours = { $n } jam
dashboard-days = { $n } hari
