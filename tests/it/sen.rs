//! SENs in CSV and JSON imports: normalised as My Atlassian writes them, and a row whose SEN is
//! not one is refused with its line and the reason.

use licensedesk::inventory::export::CSV_HEADER;

use crate::cli::run;

fn import(data: &std::path::Path, name: &str, text: &str) -> String {
    let file = data.join(name);
    std::fs::write(&file, text).unwrap();
    // Some entries are refused, which the exit status says; the rest are imported.
    let (_, out, err) = run(
        &[
            "import",
            "--data-dir",
            data.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    );
    format!("{out}{err}")
}

fn sens(data: &std::path::Path) -> Vec<String> {
    let conn = licensedesk::store::open(&data.join(licensedesk::store::DATABASE_FILE)).unwrap();
    let mut stmt = conn
        .prepare("SELECT sen FROM licences ORDER BY sen")
        .unwrap();
    stmt.query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_csv_row_s_sen_is_normalised_or_the_row_refused_with_its_line() {
    let data = tempfile::tempdir().unwrap();
    let row = |sen: &str| {
        format!(",{sen},Confluence,Conf,Commercial,server,10,Org,Ada,,,,,,no,no,no,,,,,,")
    };
    let too_long = format!("SEN-{}", "1".repeat(37));
    let sheet = format!(
        "{}\n{}\n{}\n{}\n",
        CSV_HEADER.join(","),
        row(" sen-l1234 "),
        row("1234567"),
        row(&too_long)
    );
    let out = import(data.path(), "sheet.csv", &sheet);
    assert!(
        out.contains(r#"sheet.csv:3  sen "1234567": a SEN is SEN- followed by letters, digits and hyphens, like SEN-1234567"#),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            r#"sheet.csv:4  sen "{too_long}": a SEN is at most 40 characters"#
        )),
        "{out}"
    );
    assert_eq!(sens(data.path()), ["SEN-L1234"]);
}

#[test]
fn a_json_export_s_sen_is_normalised_or_the_licence_refused_with_its_reference() {
    let data = tempfile::tempdir().unwrap();
    let licence = |reference: &str, sen: &str| {
        serde_json::json!({
            "ref": reference, "product": "Confluence", "name": "Conf",
            "licence_type": "Commercial", "deployment": "server", "user_tier": 10,
            "sen": sen, "licence_key": null, "key_genuine": null, "server_id": null,
            "organisation": "Org", "licensed_to": "", "purchase_date": null,
            "support_expiry": null, "licence_expiry": null, "support_level": "",
            "auto_renew": false, "archived": false, "is_evaluation": false,
            "reason_for_purchase": null, "key_retrieved_at": null,
            "production_licence": null, "created_at": 1, "updated_at": 1,
            "contacts": [], "server_id_history": [], "key_history": []
        })
    };
    // A licence named as its own production licence is told so, not that it is linked twice.
    let mut own = licence("L3", "SEN-503");
    own["production_licence"] = serde_json::json!("L3");
    let document = serde_json::json!({
        "format": "licensedesk-export",
        "version": 2,
        "licences": [licence("L1", "sen-500"), licence("L2", "SEN 501"), own],
    });
    let out = import(data.path(), "export.json", &document.to_string());
    assert!(
        out.contains(
            r#"export.json: L2  sen "SEN 501": a SEN is SEN- followed by letters, digits and hyphens"#
        ),
        "{out}"
    );
    assert!(
        out.contains("export.json: L3  a licence cannot be its own production licence"),
        "{out}"
    );
    assert_eq!(sens(data.path()), ["SEN-500"]);
}

#[test]
fn rows_of_one_sheet_for_the_same_licence_without_a_key_add_it_once() {
    let data = tempfile::tempdir().unwrap();
    let row = |sen: &str| {
        format!(",{sen},Confluence,Conf,Commercial,server,10,Org,Ada,,,,,,no,no,no,,,,,,")
    };
    let sheet = format!(
        "{}\n{}\n{}\n{}\n",
        CSV_HEADER.join(","),
        row("sen-800"),
        row("SEN-800"),
        row(" Sen-800 ")
    );
    let out = import(data.path(), "sheet.csv", &sheet);
    assert!(out.contains("1 to add, 0 to update, 2 to skip"), "{out}");
    assert!(
        out.contains("sheet.csv:4  the same licence is added by an earlier entry of this import"),
        "{out}"
    );
    assert_eq!(sens(data.path()), ["SEN-800"]);
}

#[test]
fn a_file_that_is_almost_an_export_is_told_what_is_wrong_with_it() {
    let data = tempfile::tempdir().unwrap();
    let truncated = r#"{"format":"licensedesk-export","version":2,"licences":[ {"#;
    let out = import(data.path(), "cut.json", truncated);
    assert!(
        out.contains("cut.json  not a valid licensedesk export: EOF while parsing"),
        "{out}"
    );
    let semicolons = format!("{}\n", CSV_HEADER.join(";"));
    let out = import(data.path(), "excel.csv", &semicolons);
    assert!(
        out.contains("excel.csv  the columns are separated by semicolons"),
        "{out}"
    );
    let other = "sen,product,owner\nSEN-1,Jira,Ann\n";
    let out = import(data.path(), "other.csv", other);
    assert!(
        out.contains("other.csv  not a sheet of the portal's export"),
        "{out}"
    );
    let short_row = format!("{}\n,SEN-9,Jira,Jira\n", CSV_HEADER.join(","));
    let out = import(data.path(), "short.csv", &short_row);
    assert!(
        out.contains(&format!(
            "short.csv:2  this row has 4 columns where the sheet's first line has {}",
            CSV_HEADER.len()
        )),
        "{out}"
    );
    assert!(sens(data.path()).is_empty());
}
