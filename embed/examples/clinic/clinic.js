// The clinic listens for the widget's events, e.g. to offer booking after a check.
for (const el of document.querySelectorAll('symptom-checker')) {
  el.addEventListener('symptom-checker:triage', (e) => {
    const booking = document.getElementById('booking');
    booking.hidden = !['soon', 'self_care', 'urgent'].includes(e.detail.level);
    booking.dataset.level = e.detail.level;
  });
}
