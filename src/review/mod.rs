//! Staff review: decisions on what users submit, and the audit log of who did what when.
//! No HTTP here.

pub mod audit;
pub mod expiry;
pub mod revisions;
