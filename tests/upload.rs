//! Staff upload catalogue files through the browser: checked, previewed, then imported.

mod common;

use common::{TestApp, make_user, signed_in};
use portal::accounts::Role;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

const STAFF: &str = "staff@alliance.example";

fn files(list: &[(&str, &str)]) -> Form {
    list.iter().fold(Form::new(), |form, (name, text)| {
        form.part(
            "files",
            Part::bytes(text.as_bytes().to_vec()).file_name(name.to_string()),
        )
    })
}

const NEEDS_HEADER: &str = "ref,title,description,language,country,organisation,org_kind,domain,keywords,min_trl,cooperation,budget_band,sdgs,deadline\n";

/// Uploads `list` as the staff member; returns the page after checking its status.
async fn upload(app: &TestApp, staff: &reqwest::Client, list: &[(&str, &str)], status: StatusCode) -> String {
    let response = staff
        .post(format!("{}/staff/import", app.address))
        .multipart(files(list))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), status);
    response.text().await.unwrap()
}

async fn needs_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM needs")
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn valid_files_are_previewed_with_exact_counts_then_imported_on_confirmation() {
    let app = TestApp::with_demo().await;
    make_user(&app.db, STAFF, None, Role::Staff).await;
    let staff = signed_in(&app.address, STAFF).await;
    let before = needs_count(&app).await;
    let text = format!(
        "{NEEDS_HEADER}N-9001,Solar cold rooms for fish landings,Ice is scarce at remote landings.,en,ID,Nusantara Fish,cooperative,marine,,,,,,\n\
         N-0001,Changed title of a demo need,Still the same need.,en,VN,Mekong Herbs,sme,health,,,,,,\n"
    );
    let page = upload(&app, &staff, &[("needs.csv", &text)], StatusCode::OK).await;
    assert!(page.contains("Nothing has changed yet"), "{page}");
    assert!(
        page.contains("<th scope=\"row\">needs.csv</th><td>1</td><td>1</td><td>0</td>"),
        "{page}"
    );
    assert_eq!(needs_count(&app).await, before, "the check is a dry run");

    let action = page
        .split("action=\"/staff/import/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let response = staff
        .post(format!("{}/staff/import/{action}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.text().await.unwrap().contains("Imported."));
    assert_eq!(needs_count(&app).await, before + 1);
    assert!(
        app.page("/needs/N-0001")
            .await
            .contains("Changed title of a demo need")
    );
    // A staged upload is imported once only.
    let again = staff
        .post(format!("{}/staff/import/{action}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn invalid_files_are_refused_with_file_line_and_column() {
    let app = TestApp::with_demo().await;
    make_user(&app.db, STAFF, None, Role::Staff).await;
    let staff = signed_in(&app.address, STAFF).await;
    let before = needs_count(&app).await;
    let text = format!(
        "{NEEDS_HEADER}N-9001,Fine need,Described.,en,ID,Nusantara Fish,cooperative,marine,,,,,,\n\
         N-9002,Bad need,Described.,en,CN,Somewhere,sme,marine,,,,,,\n"
    );
    let page = upload(
        &app,
        &staff,
        &[("needs.csv", &text), ("notes.csv", "a,b\n")],
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(page.contains("notes.csv: unknown file"), "{page}");

    let page = upload(
        &app,
        &staff,
        &[("needs.csv", &text)],
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(page.contains("nothing was changed: 1 problem"), "{page}");
    assert!(
        page.contains("needs.csv:3:5: column country: &#34;CN&#34; is not an ASEAN member"),
        "{page}"
    );
    assert!(!page.contains("Confirm the import"));
    assert_eq!(needs_count(&app).await, before);
}

#[tokio::test]
async fn an_administrator_makes_a_staff_member_an_administrator_and_it_is_logged() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "admin@alliance.example", None, Role::Admin).await;
    make_user(&app.db, STAFF, None, Role::Staff).await;
    let admin = signed_in(&app.address, "admin@alliance.example").await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(STAFF)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let response = admin
        .post(format!("{}/admin/users/{id}/role", app.address))
        .form(&[("role", "admin")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = admin
        .get(format!("{}/admin/users?done=role", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Role changed."));
    assert!(
        page.contains(&format!("changed the role {STAFF} from staff to admin")),
        "{page}"
    );
    // Members are never made staff this way, and nobody changes their own role.
    let response = admin
        .post(format!("{}/admin/users/{id}/role", app.address))
        .form(&[("role", "firm")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let me: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'admin@alliance.example'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let response = admin
        .post(format!("{}/admin/users/{me}/role", app.address))
        .form(&[("role", "staff")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CONFLICT);
}
