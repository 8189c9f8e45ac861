export { registerAdminRoutes } from "./routes";
export { listUsers, updateUser, addUser, managedOrgIds } from "./service";
