function startSession(res, sessionId) {
  res.cookie('sid', sessionId, { httpOnly: true, secure: true, sameSite: 'lax' });
}
