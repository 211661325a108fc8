// Fault injection the plan asks for, for webaccel's own fault tests (FaultInjectionIT, PageFaultsIT): never part of
// a real measurement. plan.destroyDeviceAfterCase destroys the WebGPU device between cases; plan.hangAtCase
// (TEST ONLY) makes the page stuck in an endless script loop, so Java must time out and stop the browser.

/** Runs the plan's fault for this point, if any: before a case (hang) or after it (device destroyed). */
export async function faultBefore(plan, spec, channel) {
  if (plan.hangAtCase !== spec.id) return;
  channel.log('warn', `hangAtCase: the page now loops forever in case ${spec.id} (test-only fault)`);
  await new Promise((resolve) => setTimeout(resolve, 50));  // let the log line leave before the loop starts
  hangForever();
}

export async function faultAfter(plan, spec, channel, state) {
  if (plan.destroyDeviceAfterCase === spec.id) await destroyDevice(channel, state);
}

function hangForever() {
  let spins = 0;
  for (;;) {
    spins = (spins + 1) | 0;
  }
}

/** A real fault between operations: destroy the device, wait until it is lost. */
async function destroyDevice(channel, state) {
  if (!state.gpu) {
    channel.log('warn', 'destroyDeviceAfterCase: no WebGPU device was created, nothing to destroy');
    return;
  }
  state.gpu.device.destroy();
  const settled = await Promise.race([
    state.gpu.device.lost.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
  await Promise.resolve();  // Gpu's own lost handler has recorded lostInfo by now
  channel.log('info', settled ? `device.destroy() called; device lost: ${state.gpu.lostInfo.reason}`
    : 'device.destroy() called but device.lost did not resolve within 5 s');
}
