# Label daftar kode format dan status portal sendiri: `<list>-<code>`.

## domain
domain-agriculture = Pertanian modern
domain-food = Pengolahan dan keamanan pangan
domain-renewable_energy = Energi terbarukan
domain-energy_efficiency = Efisiensi dan penyimpanan energi
domain-water = Air dan sanitasi
domain-environment = Perlindungan lingkungan dan ekonomi sirkular
domain-health = Kesehatan dan biomedis
domain-digital = Ekonomi digital dan kota cerdas
domain-manufacturing = Manufaktur maju
domain-materials = Material baru
domain-marine = Kelautan dan perikanan
domain-forestry = Kehutanan dan keanekaragaman hayati
domain-transport = Transportasi dan logistik
domain-disaster = Pencegahan bencana dan ketahanan iklim

## institution_kind
institution_kind-university = Universitas
institution_kind-research_institute = Lembaga riset
institution_kind-enterprise = Perusahaan
institution_kind-tech_transfer_centre = Pusat alih teknologi
institution_kind-government_agency = Instansi pemerintah
institution_kind-association = Asosiasi

## ip_kind
ip_kind-patent_granted = Paten yang telah diberikan
ip_kind-patent_pending = Paten dalam proses permohonan
ip_kind-software_copyright = Hak cipta perangkat lunak
ip_kind-plant_variety = Hak perlindungan varietas tanaman
ip_kind-know_how = Pengetahuan teknis (know-how)
ip_kind-open = Terbuka (tanpa batasan)

## cooperation_mode
cooperation_mode-licence = Lisensi
cooperation_mode-transfer = Pengalihan hak secara penuh
cooperation_mode-joint_development = Pengembangan bersama
cooperation_mode-joint_venture = Usaha patungan
cooperation_mode-technical_service = Layanan teknis
cooperation_mode-equipment_supply = Pasokan peralatan
cooperation_mode-training = Pelatihan

## budget_band
budget_band-under_50k = Di bawah US$50.000
budget_band-50k_500k = US$50.000 – 500.000
budget_band-500k_5m = US$500.000 – 5 juta
budget_band-over_5m = Di atas US$5 juta

## org_kind
org_kind-sme = Usaha kecil atau menengah
org_kind-large_enterprise = Perusahaan besar
org_kind-government = Lembaga pemerintah
org_kind-university = Universitas
org_kind-research_institute = Lembaga riset
org_kind-ngo = Organisasi nonpemerintah
org_kind-cooperative = Koperasi

## language
language-en = English
language-zh = 中文
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-vi = Tiếng Việt
language-th = ภาษาไทย
language-km = ភាសាខ្មែរ
language-lo = ພາສາລາວ
language-my = မြန်မာဘာသာ
language-fil = Filipino

## entry_status
entry_status-draft = Draf
entry_status-submitted = Diajukan untuk ditinjau
entry_status-published = Diterbitkan
entry_status-changes_requested = Perubahan diminta
entry_status-rejected = Ditolak
entry_status-archived = Diarsipkan
entry_status-expired = Kedaluwarsa: tidak dikonfirmasi selama setahun

## entry_kind
entry_kind-technology = Teknologi
entry_kind-need = Kebutuhan

## user_role
user_role-firm = Anggota perusahaan atau lembaga ASEAN
user_role-institution = Anggota institusi
user_role-staff = Staf aliansi
user_role-admin = Administrator aliansi

## revision_status
revision_status-draft = Draf
revision_status-submitted = Menunggu peninjauan
revision_status-changes_requested = Perubahan diminta
revision_status-approved = Disetujui
revision_status-rejected = Ditolak
revision_status-withdrawn = Ditarik

## dismissal_reason
dismissal_reason-not_relevant = Tidak relevan
dismissal_reason-trl_too_low = Tingkat kesiapan terlalu rendah
dismissal_reason-too_costly = Terlalu mahal
dismissal_reason-ip_not_available = Kekayaan intelektual tidak tersedia
dismissal_reason-other = Lainnya

## match_verdict
match_verdict-confirmed = Dikonfirmasi
match_verdict-dismissed = Ditolak

## introduction_stage
introduction_stage-requested = Diminta
introduction_stage-accepted = Diterima
introduction_stage-in_discussion = Dalam pembahasan
introduction_stage-nda_signed = NDA ditandatangani
introduction_stage-pilot = Uji coba
introduction_stage-agreement_signed = Perjanjian ditandatangani
introduction_stage-declined = Ditolak
introduction_stage-closed = Ditutup

## trl_band
trl_band-1-3 = TRL 1–3: riset
trl_band-4-6 = TRL 4–6: pengembangan dan uji coba
trl_band-7-9 = TRL 7–9: telah didemonstrasikan dan digunakan

## sort
sort-relevance = Relevansi
sort-newest = Terbaru
sort-trl = Kesiapan (TRL)

## What each technology readiness level means
trl-1 = Prinsip dasar teramati: gagasan masih berada pada tahap riset ilmiah.
trl-2 = Konsep dirumuskan: penerapan praktisnya telah disusun di atas kertas.
trl-3 = Pembuktian konsep: fungsi-fungsi utama telah ditunjukkan di laboratorium.
trl-4 = Tervalidasi di laboratorium: komponen-komponen bekerja bersama dalam uji laboratorium.
trl-5 = Tervalidasi di lingkungan yang relevan: purwarupa telah diuji dalam kondisi yang realistis.
trl-6 = Didemonstrasikan di lingkungan yang relevan: purwarupa lengkap atau uji coba telah dijalankan.
trl-7 = Didemonstrasikan dalam operasi: sistem prakomersial telah berfungsi dalam penggunaan nyata.
trl-8 = Lengkap dan memenuhi syarat: sistem akhir telah terbukti dan siap digunakan.
trl-9 = Terbukti dalam operasi: digunakan secara rutin untuk keperluan komersial atau publik.

## The UN Sustainable Development Goals
sdg-1 = Tanpa Kemiskinan
sdg-2 = Tanpa Kelaparan
sdg-3 = Kehidupan Sehat dan Sejahtera
sdg-4 = Pendidikan Berkualitas
sdg-5 = Kesetaraan Gender
sdg-6 = Air Bersih dan Sanitasi Layak
sdg-7 = Energi Bersih dan Terjangkau
sdg-8 = Pekerjaan Layak dan Pertumbuhan Ekonomi
sdg-9 = Industri, Inovasi dan Infrastruktur
sdg-10 = Berkurangnya Kesenjangan
sdg-11 = Kota dan Permukiman yang Berkelanjutan
sdg-12 = Konsumsi dan Produksi yang Bertanggung Jawab
sdg-13 = Penanganan Perubahan Iklim
sdg-14 = Ekosistem Lautan
sdg-15 = Ekosistem Daratan
sdg-16 = Perdamaian, Keadilan dan Kelembagaan yang Tangguh
sdg-17 = Kemitraan untuk Mencapai Tujuan

## Countries (ASEAN and China; others keep their English name)
country-BN = Brunei Darussalam
country-KH = Kamboja
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Filipina
country-SG = Singapura
country-TH = Thailand
country-VN = Vietnam
country-CN = Tiongkok

## The catalogue's facets, by URL parameter
facet-domain = Bidang
facet-trl = Kesiapan (TRL)
facet-ip = Kekayaan intelektual
facet-cooperation = Bentuk kerja sama
facet-budget = Anggaran
facet-sdg = Tujuan Pembangunan Berkelanjutan
facet-country = Sudah diterapkan di
facet-province = Provinsi institusi
