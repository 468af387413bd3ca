import 'reflect-metadata';

// Test apps start without the background ranking warm-up (it would query databases the tests drop);
// the warm-up's own test turns it on.
process.env.WARM_UP ??= 'false';
