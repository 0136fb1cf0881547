//! The request the paced methods of [`Paced`](super::Paced) return.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use teloxide::{
    errors::AsResponseParameters,
    requests::{HasPayload, Output, Request},
};

use super::pacer::{ChatKey, Pacer};

/// A request that waits for its chat's turn and Telegram's limits when sent, and is resent
/// after a 429. Built and sent like any teloxide request (`.await`, `.send()`, setters).
#[must_use = "requests do nothing unless sent"]
pub struct PacedRequest<R: HasPayload> {
    request: Arc<R>,
    chat: fn(&R::Payload) -> ChatKey,
    pacer: Arc<Pacer>,
}

impl<R: HasPayload> PacedRequest<R> {
    pub(super) fn new(request: R, chat: fn(&R::Payload) -> ChatKey, pacer: Arc<Pacer>) -> Self {
        Self { request: Arc::new(request), chat, pacer }
    }
}

impl<R: HasPayload> Clone for PacedRequest<R> {
    fn clone(&self) -> Self {
        Self { request: Arc::clone(&self.request), chat: self.chat, pacer: Arc::clone(&self.pacer) }
    }
}

impl<R: HasPayload + Clone> HasPayload for PacedRequest<R> {
    type Payload = R::Payload;

    /// Clones the inner request if a send of this one is still in progress.
    fn payload_mut(&mut self) -> &mut Self::Payload {
        Arc::make_mut(&mut self.request).payload_mut()
    }

    fn payload_ref(&self) -> &Self::Payload {
        self.request.payload_ref()
    }
}

impl<R> Request for PacedRequest<R>
where
    R: Request + Clone + Send + Sync + 'static,
    R::Err: AsResponseParameters + Send,
    Output<R>: Send,
{
    type Err = R::Err;
    type Send = BoxFuture<'static, Result<Output<R>, R::Err>>;
    type SendRef = BoxFuture<'static, Result<Output<R>, R::Err>>;

    fn send(self) -> Self::Send {
        self.send_ref()
    }

    fn send_ref(&self) -> Self::SendRef {
        let chat = (self.chat)(self.request.payload_ref());
        let request = Arc::clone(&self.request);
        let pacer = Arc::clone(&self.pacer);
        // Every attempt goes through `send_ref`, so the same request can be sent again after
        // a 429.
        Box::pin(async move { pacer.send(chat, || request.send_ref()).await })
    }
}

impl<R> IntoFuture for PacedRequest<R>
where
    R: Request + Clone + Send + Sync + 'static,
    R::Err: AsResponseParameters + Send,
    Output<R>: Send,
{
    type Output = Result<Output<R>, R::Err>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
