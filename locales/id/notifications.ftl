# Notifikasi: daftarnya, dan isi setiap notifikasi.

notifications-none = Belum ada notifikasi. Di sini Anda diberi tahu ketika entri Anda ditinjau, ketika muncul kandidat kuat untuk kebutuhan Anda, dan ketika sebuah perkenalan berlanjut.
notifications-mark-read = Tandai semua sudah dibaca
notifications-new = baru
notify-approved = { $kind ->
    [technology] Teknologi Anda “{ $title }” telah disetujui dan terbuka untuk umum: { $reason }
   *[need] Kebutuhan Anda “{ $title }” telah disetujui dan terbuka untuk umum: { $reason }
}
notify-changes-requested = { $kind ->
    [technology] Teknologi Anda “{ $title }” perlu diubah: { $reason }
   *[need] Kebutuhan Anda “{ $title }” perlu diubah: { $reason }
}
notify-rejected = { $kind ->
    [technology] Teknologi Anda “{ $title }” ditolak: { $reason }
   *[need] Kebutuhan Anda “{ $title }” ditolak: { $reason }
}
notify-expired = { $kind ->
    [technology] “{ $title }” telah kedaluwarsa dan keluar dari katalog publik: konfirmasikan bahwa teknologi ini masih berlaku untuk menerbitkannya kembali
   *[need] “{ $title }” telah kedaluwarsa dan keluar dari papan kebutuhan publik: konfirmasikan bahwa kebutuhan ini masih berlaku untuk menerbitkannya kembali
}
notify-expiring = { $kind ->
    [technology] “{ $title }” akan keluar dari katalog publik pada { $date } kecuali Anda mengonfirmasi bahwa teknologi ini masih berlaku
   *[need] “{ $title }” akan keluar dari papan kebutuhan publik pada { $date } kecuali Anda mengonfirmasi bahwa kebutuhan ini masih berlaku
}
notify-candidates = { $count } kandidat kuat ditemukan untuk kebutuhan Anda “{ $need }”
notify-candidate = Kandidat baru untuk “{ $need }”: { $technology }
notify-introduction-asked = { $organisation } meminta perkenalan dengan { $technology }
notify-stage-requested = Perkenalan dengan { $technology }: Diminta
notify-stage-accepted = Perkenalan dengan { $technology }: Diterima
notify-stage-in_discussion = Perkenalan dengan { $technology }: Dalam pembahasan
notify-stage-nda_signed = Perkenalan dengan { $technology }: NDA ditandatangani
notify-stage-pilot = Perkenalan dengan { $technology }: Uji coba
notify-stage-agreement_signed = Perkenalan dengan { $technology }: Perjanjian ditandatangani
notify-stage-declined = Perkenalan dengan { $technology }: Ditolak
notify-stage-closed = Perkenalan dengan { $technology }: Ditutup
