//! Catalogue reads kept in memory for one generation of the catalogue. A counter in the
//! database (migration 0003) moves with every change to institutions, technologies, their
//! deployments or needs, from any portal process; a kept value is used only while the counter
//! has not moved, so nobody ever sees a stale page. Checking the counter is one indexed read.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use sqlx::PgPool;

/// Distinct keys kept per cache; when full, the cache starts afresh.
const CAPACITY: usize = 2_048;

type Entries<V> = HashMap<String, (i64, Arc<V>)>;

#[derive(Debug)]
pub struct GenerationCache<V> {
    entries: Mutex<Entries<V>>,
}

impl<V> Default for GenerationCache<V> {
    fn default() -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

/// The catalogue's current generation.
pub async fn generation(pool: &PgPool) -> sqlx::Result<i64> {
    sqlx::query_scalar!("SELECT generation FROM catalogue_generation")
        .fetch_one(pool)
        .await
}

impl<V> GenerationCache<V> {
    /// The value for `key`: kept from this generation, or loaded (and kept) now.
    pub async fn get_or_load<E: From<sqlx::Error>>(
        &self,
        pool: &PgPool,
        key: &str,
        load: impl AsyncFnOnce() -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        let generation = generation(pool).await?;
        if let Some((kept, value)) = self.lock().get(key)
            && *kept == generation
        {
            return Ok(value.clone());
        }
        let value = Arc::new(load().await?);
        let mut entries = self.lock();
        if entries.len() >= CAPACITY {
            entries.clear();
        }
        entries.insert(key.to_owned(), (generation, value.clone()));
        Ok(value)
    }

    fn lock(&self) -> MutexGuard<'_, Entries<V>> {
        // A panic while holding the lock leaves a map that is still consistent.
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
