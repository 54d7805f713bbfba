function startSession(res, sessionId) {
  res.cookie('sid', sessionId, { httpOnly: false, secure: true, sameSite: 'lax' });
}
