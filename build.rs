// Rebuild when a translation changes or a language is added: the messages are compiled in.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=migrations");
}
