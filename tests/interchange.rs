//! The catalogue interchange format: validation rules, all-or-nothing imports, idempotence,
//! the export → import → export round trip, the demo catalogue, and the CLI around them.

mod common;

use std::collections::BTreeMap;

use common::{TestDb, catalogue_dir};
use portal::interchange::{self, CatalogueFiles, ImportError, Problem, Source};

const INSTITUTION_COLUMNS: &str =
    "ref,name_en,name_zh,kind,country,province,city,website,alliance_member,joined_on";
const TECHNOLOGY_COLUMNS: &str = "ref,institution_ref,title_en,title_zh,summary_en,summary_zh,description_en,domain,keywords,trl,ip,cooperation,budget_band,sdgs,deployed_in";
const NEED_COLUMNS: &str = "ref,title,description,language,country,organisation,org_kind,domain,keywords,min_trl,cooperation,budget_band,sdgs,deadline";

/// One CSV row for `columns`, from defaults overridden by `changes`, quoted by the csv crate.
fn row(columns: &str, defaults: &[(&str, &str)], changes: &[(&str, &str)]) -> String {
    let mut values: BTreeMap<&str, String> = defaults.iter().map(|(k, v)| (*k, v.to_string())).collect();
    for (k, v) in changes {
        values.insert(k, v.to_string());
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer
        .write_record(
            columns
                .split(',')
                .map(|c| values.get(c).cloned().unwrap_or_default()),
        )
        .unwrap();
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

fn institution(changes: &[(&str, &str)]) -> String {
    row(
        INSTITUTION_COLUMNS,
        &[
            ("ref", "GX-INST-001"),
            ("name_en", "Lijiang Valley Test Institute"),
            ("name_zh", "漓江河谷测试研究所"),
            ("kind", "research_institute"),
            ("country", "CN"),
            ("province", "Guangxi"),
            ("city", "Guilin"),
            ("website", "https://lijiang-test.example"),
            ("alliance_member", "true"),
            ("joined_on", "2023-01-05"),
        ],
        changes,
    )
}

fn technology(changes: &[(&str, &str)]) -> String {
    row(
        TECHNOLOGY_COLUMNS,
        &[
            ("ref", "T-0001"),
            ("institution_ref", "GX-INST-001"),
            (
                "title_en",
                "Two-stage anaerobic treatment of cassava starch wastewater",
            ),
            ("title_zh", "木薯淀粉废水两级厌氧处理技术"),
            (
                "summary_en",
                "Cuts COD by 95% and turns it into biogas, \"ready\" for mills of 100 t/day.",
            ),
            ("summary_zh", "化学需氧量去除率达95%，并产生沼气。"),
            (
                "description_en",
                "An up-flow reactor followed by a contact tank. Needs 0.5 ha.",
            ),
            ("domain", "water"),
            ("keywords", "cassava;wastewater;biogas"),
            ("trl", "8"),
            ("ip", "patent_granted"),
            ("cooperation", "licence;technical_service"),
            ("budget_band", "500k_5m"),
            ("sdgs", "6;7;12"),
            ("deployed_in", "CN;TH"),
        ],
        changes,
    )
}

fn need(changes: &[(&str, &str)]) -> String {
    row(
        NEED_COLUMNS,
        &[
            ("ref", "N-0001"),
            ("title", "Treat the wastewater of a cassava starch mill"),
            (
                "description",
                "Our mill in Nakhon Ratchasima discharges 800 m³ a day into lagoons.",
            ),
            ("language", "en"),
            ("country", "TH"),
            ("organisation", "Korat Tapioca Test Co."),
            ("org_kind", "sme"),
            ("domain", "water"),
            ("keywords", "cassava;wastewater"),
            ("min_trl", "6"),
            ("cooperation", "licence;joint_venture"),
            ("budget_band", "50k_500k"),
            ("sdgs", "6"),
            ("deadline", "2027-06-30"),
        ],
        changes,
    )
}

fn source(name: &str, header: &str, rows: &[String]) -> Option<Source> {
    Some(Source {
        name: name.to_owned(),
        text: format!("{header}\n{}", rows.concat()),
    })
}

fn files(institutions: &[String], technologies: &[String], needs: &[String]) -> CatalogueFiles {
    CatalogueFiles {
        institutions: source("institutions.csv", INSTITUTION_COLUMNS, institutions)
            .filter(|_| !institutions.is_empty()),
        technologies: source("technologies.csv", TECHNOLOGY_COLUMNS, technologies)
            .filter(|_| !technologies.is_empty()),
        needs: source("needs.csv", NEED_COLUMNS, needs).filter(|_| !needs.is_empty()),
    }
}

const MULTI_LINE: &str = "An up-flow reactor followed by a contact tank.\nNeeds 0.5 ha.";

fn valid_files() -> CatalogueFiles {
    files(
        &[
            institution(&[]),
            institution(&[
                ("ref", "TH-GOV-001"),
                ("country", "TH"),
                ("name_zh", ""),
                ("alliance_member", "false"),
                ("joined_on", ""),
            ]),
        ],
        &[
            technology(&[("description_en", MULTI_LINE)]),
            technology(&[
                ("ref", "T-0002"),
                ("budget_band", ""),
                ("sdgs", ""),
                ("deployed_in", ""),
                ("keywords", ""),
            ]),
        ],
        &[
            need(&[]),
            need(&[
                ("ref", "N-0002"),
                ("domain", ""),
                ("keywords", ""),
                ("min_trl", ""),
                ("cooperation", ""),
            ]),
        ],
    )
}

async fn import(db: &TestDb, files: &CatalogueFiles) -> Result<interchange::ImportSummary, ImportError> {
    let mut conn = db.pool.acquire().await.unwrap();
    interchange::import(&mut conn, files).await
}

async fn problems(db: &TestDb, files: &CatalogueFiles) -> Vec<Problem> {
    match import(db, files).await {
        Err(ImportError::Invalid(problems)) => problems,
        other => panic!("expected the import to be refused, got {other:?}"),
    }
}

async fn count(db: &TestDb, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn valid_files_are_imported_and_published() {
    let db = TestDb::new().await;
    let summary = import(&db, &valid_files()).await.unwrap();
    assert_eq!(summary.institutions.created, 2);
    assert_eq!(summary.technologies.created, 2);
    assert_eq!(summary.needs.created, 2);
    let unpublished: i64 = sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM institutions WHERE status <> 'published' OR published_at IS NULL)
              + (SELECT count(*) FROM technologies WHERE status <> 'published' OR published_at IS NULL)
              + (SELECT count(*) FROM needs WHERE status <> 'published' OR published_at IS NULL)",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(unpublished, 0);
    let (keywords, deployed): (Vec<String>, Vec<String>) = sqlx::query_as(
        "SELECT t.keywords, ARRAY(SELECT country FROM technology_deployments d WHERE d.technology_id = t.id ORDER BY country)
         FROM technologies t WHERE ref = 'T-0001'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(keywords, ["cassava", "wastewater", "biogas"]);
    assert_eq!(deployed, ["CN", "TH"]);
    let description: String =
        sqlx::query_scalar("SELECT description_en FROM technologies WHERE ref = 'T-0001'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert!(
        description.contains('\n'),
        "quoted multi-line cells keep their line break"
    );
}

#[tokio::test]
async fn import_with_one_bad_row_changes_nothing() {
    let db = TestDb::new().await;
    let bad = files(
        &[institution(&[])],
        &[
            technology(&[]),
            technology(&[("ref", "T-0002"), ("trl", "10")]),
            technology(&[("ref", "T-0003")]),
        ],
        &[need(&[])],
    );
    let problems = problems(&db, &bad).await;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].file, "technologies.csv");
    assert_eq!(problems[0].line, 3);
    assert_eq!(problems[0].column, Some((10, "trl".to_owned())));
    assert!(problems[0].message.contains("1 to 9"), "{}", problems[0].message);
    for table in ["institutions", "technologies", "needs", "technology_deployments"] {
        assert_eq!(count(&db, table).await, 0, "{table} must be untouched");
    }
}

#[tokio::test]
async fn a_refused_update_leaves_the_previous_rows_as_they_were() {
    let db = TestDb::new().await;
    import(&db, &valid_files()).await.unwrap();
    let before: String = sqlx::query_scalar("SELECT title_en FROM technologies WHERE ref = 'T-0001'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let update = files(
        &[],
        &[
            technology(&[("title_en", "A new title")]),
            technology(&[("ref", "T-0009"), ("domain", "space")]),
        ],
        &[],
    );
    problems(&db, &update).await;
    let after: String = sqlx::query_scalar("SELECT title_en FROM technologies WHERE ref = 'T-0001'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(before, after);
    assert_eq!(count(&db, "technologies").await, 2);
}

/// Every rule of the format: the row, the column it must be reported in and words of the message.
#[tokio::test]
async fn every_validation_rule_names_file_line_column_and_rule() {
    let long = |n: usize| "x".repeat(n);
    let cases: Vec<(&str, String, &str, &str)> = vec![
        (
            "institutions.csv",
            institution(&[("ref", "gx-1")]),
            "ref",
            "capital letters",
        ),
        (
            "institutions.csv",
            institution(&[("ref", "AB")]),
            "ref",
            "3 to 32",
        ),
        (
            "institutions.csv",
            institution(&[("name_en", "")]),
            "name_en",
            "required",
        ),
        (
            "institutions.csv",
            institution(&[("name_en", &long(201))]),
            "name_en",
            "at most 200",
        ),
        (
            "institutions.csv",
            institution(&[("name_zh", &"木".repeat(201))]),
            "name_zh",
            "at most 200",
        ),
        (
            "institutions.csv",
            institution(&[("kind", "company")]),
            "kind",
            "kind of institution",
        ),
        (
            "institutions.csv",
            institution(&[("country", "XX")]),
            "country",
            "ISO 3166-1",
        ),
        (
            "institutions.csv",
            institution(&[("country", "cn")]),
            "country",
            "ISO 3166-1",
        ),
        (
            "institutions.csv",
            institution(&[("website", "www.lijiang.example")]),
            "website",
            "web address",
        ),
        (
            "institutions.csv",
            institution(&[("website", "ftp://lijiang.example")]),
            "website",
            "http",
        ),
        (
            "institutions.csv",
            institution(&[("alliance_member", "yes")]),
            "alliance_member",
            "true or false",
        ),
        (
            "institutions.csv",
            institution(&[("joined_on", "05/01/2023")]),
            "joined_on",
            "YYYY-MM-DD",
        ),
        (
            "institutions.csv",
            institution(&[("joined_on", "2023-02-30")]),
            "joined_on",
            "YYYY-MM-DD",
        ),
        (
            "technologies.csv",
            technology(&[("institution_ref", "GX-NOPE-999")]),
            "institution_ref",
            "no institution",
        ),
        (
            "technologies.csv",
            technology(&[("title_en", "")]),
            "title_en",
            "required",
        ),
        (
            "technologies.csv",
            technology(&[("title_en", &long(257))]),
            "title_en",
            "at most 256",
        ),
        (
            "technologies.csv",
            technology(&[("title_zh", &"木".repeat(257))]),
            "title_zh",
            "at most 256",
        ),
        (
            "technologies.csv",
            technology(&[("summary_en", &long(1001))]),
            "summary_en",
            "at most 1000",
        ),
        (
            "technologies.csv",
            technology(&[("summary_zh", &"木".repeat(1001))]),
            "summary_zh",
            "at most 1000",
        ),
        (
            "technologies.csv",
            technology(&[("description_en", &long(8001))]),
            "description_en",
            "at most 8000",
        ),
        (
            "technologies.csv",
            technology(&[("domain", "space")]),
            "domain",
            "not a domain",
        ),
        (
            "technologies.csv",
            technology(&[("domain", "")]),
            "domain",
            "required",
        ),
        (
            "technologies.csv",
            technology(&[("keywords", "a;b;c;d;e;f;g;h;i;j;k")]),
            "keywords",
            "at most 10",
        ),
        (
            "technologies.csv",
            technology(&[("keywords", &format!("ok;{}", long(61)))]),
            "keywords",
            "at most 60",
        ),
        (
            "technologies.csv",
            technology(&[("keywords", "cassava;;biogas")]),
            "keywords",
            "empty value",
        ),
        (
            "technologies.csv",
            technology(&[("keywords", "cassava;cassava")]),
            "keywords",
            "twice",
        ),
        ("technologies.csv", technology(&[("trl", "0")]), "trl", "1 to 9"),
        (
            "technologies.csv",
            technology(&[("trl", "seven")]),
            "trl",
            "1 to 9",
        ),
        ("technologies.csv", technology(&[("trl", "")]), "trl", "required"),
        (
            "technologies.csv",
            technology(&[("ip", "trade_secret")]),
            "ip",
            "intellectual property",
        ),
        (
            "technologies.csv",
            technology(&[("cooperation", "")]),
            "cooperation",
            "required",
        ),
        (
            "technologies.csv",
            technology(&[("cooperation", "licence;lease")]),
            "cooperation",
            "cooperation mode",
        ),
        (
            "technologies.csv",
            technology(&[("budget_band", "cheap")]),
            "budget_band",
            "budget band",
        ),
        (
            "technologies.csv",
            technology(&[("sdgs", "6;18")]),
            "sdgs",
            "1 to 17",
        ),
        (
            "technologies.csv",
            technology(&[("deployed_in", "CN;ZZ")]),
            "deployed_in",
            "ISO 3166-1",
        ),
        ("needs.csv", need(&[("title", "")]), "title", "required"),
        (
            "needs.csv",
            need(&[("title", &long(257))]),
            "title",
            "at most 256",
        ),
        (
            "needs.csv",
            need(&[("description", &long(4001))]),
            "description",
            "at most 4000",
        ),
        (
            "needs.csv",
            need(&[("language", "fr")]),
            "language",
            "not a language",
        ),
        ("needs.csv", need(&[("country", "CN")]), "country", "ASEAN"),
        (
            "needs.csv",
            need(&[("organisation", "")]),
            "organisation",
            "required",
        ),
        (
            "needs.csv",
            need(&[("organisation", &long(201))]),
            "organisation",
            "at most 200",
        ),
        (
            "needs.csv",
            need(&[("org_kind", "startup")]),
            "org_kind",
            "kind of organisation",
        ),
        (
            "needs.csv",
            need(&[("domain", "space")]),
            "domain",
            "not a domain",
        ),
        ("needs.csv", need(&[("min_trl", "12")]), "min_trl", "1 to 9"),
        (
            "needs.csv",
            need(&[("cooperation", "gift")]),
            "cooperation",
            "cooperation mode",
        ),
        (
            "needs.csv",
            need(&[("budget_band", "5m_plus")]),
            "budget_band",
            "budget band",
        ),
        ("needs.csv", need(&[("sdgs", "0")]), "sdgs", "1 to 17"),
        (
            "needs.csv",
            need(&[("deadline", "next year")]),
            "deadline",
            "YYYY-MM-DD",
        ),
    ];
    let db = TestDb::new().await;
    for (file, bad_row, column, words) in cases {
        // The bad row is the third line, after a valid one.
        let files = match file {
            "institutions.csv" => files(&[institution(&[("ref", "GX-OK-001")]), bad_row.clone()], &[], &[]),
            "technologies.csv" => files(
                &[institution(&[])],
                &[technology(&[("ref", "T-0100")]), bad_row.clone()],
                &[],
            ),
            _ => files(&[], &[], &[need(&[("ref", "N-0100")]), bad_row.clone()]),
        };
        let problems = problems(&db, &files).await;
        let expected_position = match file {
            "institutions.csv" => INSTITUTION_COLUMNS,
            "technologies.csv" => TECHNOLOGY_COLUMNS,
            _ => NEED_COLUMNS,
        }
        .split(',')
        .position(|c| c == column)
        .unwrap()
            + 1;
        let found = problems.iter().find(|p| p.file == file && p.line == 3);
        let problem =
            found.unwrap_or_else(|| panic!("{file} {column}: no problem on line 3 in {problems:?}"));
        assert_eq!(
            problem.column,
            Some((expected_position, column.to_owned())),
            "{problem}"
        );
        assert!(
            problem.message.contains(words),
            "{file} {column}: {:?} lacks {words:?}",
            problem.message
        );
        assert!(
            problem
                .to_string()
                .starts_with(&format!("{file}:3:{expected_position}: column {column}:")),
            "{problem}"
        );
    }
    for table in ["institutions", "technologies", "needs"] {
        assert_eq!(count(&db, table).await, 0);
    }
}

#[tokio::test]
async fn all_problems_are_listed_not_only_the_first() {
    let db = TestDb::new().await;
    let bad = files(
        &[institution(&[("kind", "shop")])],
        &[
            technology(&[("trl", "0"), ("ip", "secret")]),
            technology(&[("ref", "T-0002"), ("domain", "x")]),
        ],
        &[need(&[("country", "FR")])],
    );
    let problems = problems(&db, &bad).await;
    let located: Vec<(String, u64, String)> = problems
        .iter()
        .map(|p| {
            (
                p.file.clone(),
                p.line,
                p.column.clone().map(|c| c.1).unwrap_or_default(),
            )
        })
        .collect();
    for expected in [
        ("institutions.csv", 2, "kind"),
        ("technologies.csv", 2, "trl"),
        ("technologies.csv", 2, "ip"),
        ("technologies.csv", 3, "domain"),
        ("needs.csv", 2, "country"),
    ] {
        assert!(
            located.contains(&(expected.0.to_owned(), expected.1, expected.2.to_owned())),
            "{expected:?} missing from {located:?}"
        );
    }
}

#[tokio::test]
async fn header_problems_are_reported_on_line_one() {
    let db = TestDb::new().await;
    let cases = [
        (format!("{INSTITUTION_COLUMNS},fax\n"), "unknown column"),
        (
            INSTITUTION_COLUMNS.replace(",kind", "") + "\n",
            "\"kind\" is missing",
        ),
        (format!("{INSTITUTION_COLUMNS},city\n"), "duplicate column"),
        (String::new(), "empty"),
    ];
    for (text, words) in cases {
        let files = CatalogueFiles {
            institutions: Some(Source {
                name: "institutions.csv".into(),
                text,
            }),
            ..Default::default()
        };
        let problems = problems(&db, &files).await;
        assert!(
            problems.iter().any(|p| p.line == 1 && p.message.contains(words)),
            "{words}: {problems:?}"
        );
    }
}

#[tokio::test]
async fn malformed_csv_is_refused_with_its_line() {
    let db = TestDb::new().await;
    let short_row = format!(
        "{INSTITUTION_COLUMNS}\n{}GX-INST-002,Only three,cells\n",
        institution(&[])
    );
    let files = CatalogueFiles {
        institutions: Some(Source {
            name: "institutions.csv".into(),
            text: short_row,
        }),
        ..Default::default()
    };
    let problems = problems(&db, &files).await;
    assert!(
        problems
            .iter()
            .any(|p| p.line == 3 && p.message.contains("3 cells")),
        "{problems:?}"
    );
    assert_eq!(count(&db, "institutions").await, 0);
}

#[tokio::test]
async fn lines_count_the_line_breaks_inside_quoted_cells() {
    let db = TestDb::new().await;
    let bad = files(
        &[institution(&[])],
        &[
            technology(&[("description_en", "one\ntwo\nthree")]),
            technology(&[("ref", "T-0002"), ("ip", "x")]),
        ],
        &[],
    );
    let problems = problems(&db, &bad).await;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].line, 5,
        "the second row starts on line 5: {problems:?}"
    );
}

#[tokio::test]
async fn duplicate_refs_in_one_file_are_refused() {
    let db = TestDb::new().await;
    let problems = problems(&db, &files(&[institution(&[]), institution(&[])], &[], &[])).await;
    assert!(
        problems
            .iter()
            .any(|p| p.line == 3 && p.message.contains("first on line 2")),
        "{problems:?}"
    );
}

#[tokio::test]
async fn columns_may_come_in_any_order_and_a_bom_is_tolerated() {
    let db = TestDb::new().await;
    let text = "\u{feff}kind,ref,country,name_en,alliance_member\nuniversity,GX-UNIV-009,CN,Xijiang Test University,false\n";
    let files = CatalogueFiles {
        institutions: Some(Source {
            name: "institutions.csv".into(),
            text: text.into(),
        }),
        ..Default::default()
    };
    import(&db, &files).await.unwrap();
    let name: String = sqlx::query_scalar("SELECT name_en FROM institutions WHERE ref = 'GX-UNIV-009'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(name, "Xijiang Test University");
}

#[tokio::test]
async fn technologies_may_refer_to_institutions_already_in_the_catalogue() {
    let db = TestDb::new().await;
    import(&db, &files(&[institution(&[])], &[], &[])).await.unwrap();
    let summary = import(&db, &files(&[], &[technology(&[])], &[])).await.unwrap();
    assert_eq!(summary.technologies.created, 1);
}

#[tokio::test]
async fn importing_twice_is_idempotent_and_updates_by_ref() {
    let db = TestDb::new().await;
    import(&db, &valid_files()).await.unwrap();
    let again = import(&db, &valid_files()).await.unwrap();
    assert_eq!(
        (
            again.technologies.created,
            again.technologies.updated,
            again.technologies.unchanged
        ),
        (0, 0, 2)
    );
    assert_eq!((again.institutions.unchanged, again.needs.unchanged), (2, 2));
    assert_eq!(count(&db, "technologies").await, 2);

    let changed = files(&[], &[technology(&[("trl", "9"), ("deployed_in", "VN")])], &[]);
    let summary = import(&db, &changed).await.unwrap();
    assert_eq!(
        (summary.technologies.created, summary.technologies.updated),
        (0, 1)
    );
    let (trl, deployed): (i16, Vec<String>) = sqlx::query_as(
        "SELECT trl, ARRAY(SELECT country FROM technology_deployments d WHERE d.technology_id = t.id) FROM technologies t WHERE ref = 'T-0001'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!((trl, deployed), (9, vec!["VN".to_owned()]));
    assert_eq!(count(&db, "technologies").await, 2);
}

#[tokio::test]
async fn export_import_export_gives_the_same_files() {
    let first = TestDb::new().await;
    import(&first, &valid_files()).await.unwrap();
    let exported = tempfile::tempdir().unwrap();
    let mut conn = first.pool.acquire().await.unwrap();
    interchange::export(&mut conn, exported.path()).await.unwrap();

    let second = TestDb::new().await;
    let files = CatalogueFiles::read_dir(exported.path()).unwrap();
    import(&second, &files).await.unwrap();
    let reexported = tempfile::tempdir().unwrap();
    let mut conn = second.pool.acquire().await.unwrap();
    interchange::export(&mut conn, reexported.path()).await.unwrap();

    for name in interchange::FILE_NAMES {
        let a = std::fs::read_to_string(exported.path().join(name)).unwrap();
        let b = std::fs::read_to_string(reexported.path().join(name)).unwrap();
        assert_eq!(a, b, "{name} differs after the round trip");
        assert!(a.lines().count() >= 3, "{name} holds the imported rows");
    }
    // The exported text keeps what was imported, including quoting and line breaks.
    let technologies = std::fs::read_to_string(exported.path().join("technologies.csv")).unwrap();
    assert!(technologies.starts_with(TECHNOLOGY_COLUMNS));
    assert!(technologies.contains("\"\"ready\"\""));
    assert!(technologies.contains("contact tank.\nNeeds 0.5 ha."));
}

#[tokio::test]
async fn the_demo_catalogue_has_the_promised_breadth() {
    let db = TestDb::new().await;
    let summary = import(&db, &CatalogueFiles::demo())
        .await
        .expect("the demo catalogue imports cleanly");
    assert_eq!(summary.technologies.created, 1000);
    assert!(summary.institutions.created >= 150);
    assert!(summary.needs.created >= 300);

    let figure = |sql: &'static str| {
        let pool = db.pool.clone();
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool).await.unwrap() }
    };
    assert_eq!(
        figure("SELECT count(DISTINCT domain) FROM technologies").await,
        14
    );
    assert!(figure("SELECT count(*) FROM institutions WHERE country = 'CN'").await >= 150);
    assert!(figure("SELECT count(DISTINCT province) FROM institutions WHERE country = 'CN'").await >= 20);
    assert!(figure("SELECT count(*) FROM institutions WHERE province = 'Guangxi'").await >= 25);
    assert!(figure("SELECT count(*) FROM institutions WHERE alliance_member").await > 0);
    assert!(figure("SELECT count(*) FROM institutions WHERE NOT alliance_member").await > 0);
    assert!(figure("SELECT count(*) FROM institutions WHERE country <> 'CN'").await >= 3);
    assert_eq!(figure("SELECT count(DISTINCT country) FROM needs").await, 10);
    assert!(
        figure("SELECT count(*) FROM needs WHERE language IN ('id', 'vi', 'th', 'ms', 'zh')").await >= 40
    );
    assert_eq!(
        figure("SELECT count(*) FROM technologies WHERE title_zh IS NULL OR summary_zh IS NULL").await,
        0
    );
    // Specific content, not placeholders: titles are all different.
    assert_eq!(
        figure("SELECT count(DISTINCT title_en) FROM technologies").await,
        1000
    );
    assert_eq!(
        figure("SELECT count(DISTINCT title) FROM needs").await,
        figure("SELECT count(*) FROM needs").await
    );
}

#[tokio::test]
async fn the_committed_demo_files_are_in_export_form() {
    let db = TestDb::new().await;
    import(&db, &CatalogueFiles::demo()).await.unwrap();
    let exported = tempfile::tempdir().unwrap();
    let mut conn = db.pool.acquire().await.unwrap();
    interchange::export(&mut conn, exported.path()).await.unwrap();
    for name in interchange::FILE_NAMES {
        let committed =
            std::fs::read_to_string(format!("{}/data/demo/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let exported = std::fs::read_to_string(exported.path().join(name)).unwrap();
        assert!(committed == exported, "data/demo/{name} differs from its export");
    }
}

#[tokio::test]
async fn read_dir_refuses_unknown_files_and_invalid_utf8() {
    let dir = catalogue_dir(&[("technology.csv", "ref\n")]);
    match CatalogueFiles::read_dir(dir.path()) {
        Err(ImportError::Invalid(problems)) => {
            assert!(problems[0].message.contains("unknown file"), "{problems:?}")
        }
        other => panic!("{other:?}"),
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("needs.csv"), b"ref,title\nN-1,caf\xe9\n").unwrap();
    match CatalogueFiles::read_dir(dir.path()) {
        Err(ImportError::Invalid(problems)) => {
            assert_eq!(problems[0].line, 2, "{problems:?}");
            assert!(problems[0].message.contains("UTF-8"));
        }
        other => panic!("{other:?}"),
    }
}

/// The command line as staff use it: a refused file prints where the problem is and exits
/// non-zero; the database is unchanged; a good folder imports.
#[tokio::test]
async fn portal_import_cli_reports_line_and_column_and_changes_nothing() {
    let db = TestDb::new().await;
    let bad = catalogue_dir(&[
        (
            "institutions.csv",
            &format!("{INSTITUTION_COLUMNS}\n{}", institution(&[])),
        ),
        (
            "technologies.csv",
            &format!(
                "{TECHNOLOGY_COLUMNS}\n{}{}",
                technology(&[]),
                technology(&[("ref", "T-0002"), ("sdgs", "6;42")])
            ),
        ),
    ]);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal"))
        .arg("import")
        .arg(bad.path())
        .env("DATABASE_URL", db.url())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("technologies.csv:3:14: column sdgs:"), "{stderr}");
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    assert_eq!(count(&db, "institutions").await, 0);

    let good = catalogue_dir(&[(
        "institutions.csv",
        &format!("{INSTITUTION_COLUMNS}\n{}", institution(&[])),
    )]);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal"))
        .arg("import")
        .arg(good.path())
        .env("DATABASE_URL", db.url())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("institutions: 1 created"));
    assert_eq!(count(&db, "institutions").await, 1);
}

#[tokio::test]
async fn the_demo_is_loaded_only_into_an_empty_catalogue() {
    let db = TestDb::new().await;
    import(&db, &files(&[institution(&[])], &[], &[])).await.unwrap();
    portal::load_demo_if_empty(&db.pool).await.unwrap();
    assert_eq!(
        count(&db, "technologies").await,
        0,
        "a catalogue with data is left alone"
    );

    let empty = TestDb::new().await;
    portal::load_demo_if_empty(&empty.pool).await.unwrap();
    assert_eq!(count(&empty, "technologies").await, 1000);
    portal::load_demo_if_empty(&empty.pool).await.unwrap();
    assert_eq!(count(&empty, "technologies").await, 1000);
}
