// A physics step with ammo.js (Bullet in asm.js): a sphere falls on a ground
// box for 120 steps. `node ammo.js.js PROGRAM` (ammo.js, or the loader's output of it).
'use strict';
const Ammo = require(require('path').resolve(process.argv[2]));
const config = new Ammo.btDefaultCollisionConfiguration();
const world = new Ammo.btDiscreteDynamicsWorld(new Ammo.btCollisionDispatcher(config),
  new Ammo.btDbvtBroadphase(), new Ammo.btSequentialImpulseConstraintSolver(), config);
world.setGravity(new Ammo.btVector3(0, -9.81, 0));
function body(shape, mass, x, y, z) {
  const t = new Ammo.btTransform();
  t.setIdentity();
  t.setOrigin(new Ammo.btVector3(x, y, z));
  const inertia = new Ammo.btVector3(0, 0, 0);
  if (mass > 0) shape.calculateLocalInertia(mass, inertia);
  const info = new Ammo.btRigidBodyConstructionInfo(mass, new Ammo.btDefaultMotionState(t), shape, inertia);
  const b = new Ammo.btRigidBody(info);
  world.addRigidBody(b);
  return b;
}
body(new Ammo.btBoxShape(new Ammo.btVector3(50, 1, 50)), 0, 0, -1, 0);
const ball = body(new Ammo.btSphereShape(0.5), 2, 0.1, 10, -0.2);
const cube = body(new Ammo.btBoxShape(new Ammo.btVector3(0.5, 0.5, 0.5)), 1, 0.3, 12, 0);
const t = new Ammo.btTransform();
for (let i = 0; i < 120; i++) {
  world.stepSimulation(1 / 60, 10);
  if (i % 20 === 19) {
    const out = [];
    for (const b of [ball, cube]) {
      b.getMotionState().getWorldTransform(t);
      const o = t.getOrigin(), r = t.getRotation();
      out.push([o.x(), o.y(), o.z(), r.w()].map((v) => v.toFixed(6)).join(','));
    }
    console.log('step ' + (i + 1) + ': ' + out.join(' '));
  }
}
