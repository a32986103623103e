// The users list: who has access, with which role, and the controls to change that.
import type { TUserRow } from "@/lib/admin/schemas";
import { TABLE, TD, TH } from "@/components/ui/styles";
import { UserActiveControl, UserRoleControl } from "./user-controls";

const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "never");

export function UsersTable({ users, currentUserId }: { users: TUserRow[]; currentUserId: string }) {
  return (
    <table className={TABLE}>
      <caption className="mb-2 text-left text-sm text-slate-600">{users.length} user{users.length === 1 ? "" : "s"}. A role change applies on the user&apos;s next click; deactivating signs them out everywhere at once.</caption>
      <thead>
        <tr>
          <th scope="col" className={TH}>Name</th>
          <th scope="col" className={TH}>Email</th>
          <th scope="col" className={TH}>Role</th>
          <th scope="col" className={TH}>Status</th>
          <th scope="col" className={TH}>Created</th>
          <th scope="col" className={TH}>Last seen</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => {
          const self = u.id === currentUserId;
          return (
            <tr key={u.id} data-testid={`user-row-${u.email}`} className={u.active ? "" : "bg-slate-50 text-slate-600"}>
              <th scope="row" className={`${TD} font-medium`}>
                {u.name} {self ? <span className="ml-1 rounded bg-blue-100 px-1 text-xs text-blue-900">you</span> : null}
              </th>
              <td className={TD}>{u.email}</td>
              <td className={TD}><UserRoleControl userId={u.id} name={u.name} role={u.role} self={self} /></td>
              <td className={TD}><UserActiveControl userId={u.id} name={u.name} active={u.active} self={self} /></td>
              <td className={TD}>{u.createdAt.slice(0, 10)}</td>
              <td className={TD}>{when(u.lastSeenAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
