export { registerLearningTalkRoutes } from './routes.js';
export { addBuiltInPackageSources } from './package/sections.js';
export { addPackageSource, section, type PackageScope, type PackageSource } from './package/registry.js';
