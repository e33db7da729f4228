use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    portal::init_tracing();
    match portal::cli::Cli::parse().run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
