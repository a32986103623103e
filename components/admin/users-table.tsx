// The users list: who has access, with which role, and the controls to change that.
import type { TUserRow } from "@/lib/admin/schemas";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import { UserActiveControl, UserRoleControl } from "./user-controls";

const when = (iso: string | null) =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "never";

function columns(currentUserId: string): TColumn<TUserRow>[] {
  return [
    {
      key: "name",
      header: "Name",
      rowHeader: true,
      cell: (u) => (
        <>
          {u.name}{" "}
          {u.id === currentUserId ? (
            <span className="ml-1 rounded bg-blue-100 px-1 text-xs text-blue-900">you</span>
          ) : null}
        </>
      ),
    },
    { key: "email", header: "Email", cell: (u) => u.email },
    {
      key: "role",
      header: "Role",
      cell: (u) => (
        <UserRoleControl userId={u.id} name={u.name} role={u.role} self={u.id === currentUserId} />
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (u) => (
        <UserActiveControl
          userId={u.id}
          name={u.name}
          active={u.active}
          self={u.id === currentUserId}
        />
      ),
    },
    { key: "created", header: "Created", cell: (u) => u.createdAt.slice(0, 10) },
    { key: "seen", header: "Last seen", cell: (u) => when(u.lastSeenAt) },
  ];
}

export function UsersTable({ users, currentUserId }: { users: TUserRow[]; currentUserId: string }) {
  return (
    <DataTable
      columns={columns(currentUserId)}
      rows={users}
      rowKey={(u) => u.id}
      rowProps={(u) => ({
        "data-testid": `user-row-${u.email}`,
        className: u.active ? "" : "bg-slate-50 text-slate-600",
      })}
      caption={
        <>
          {users.length} user{users.length === 1 ? "" : "s"}. A role change applies on the
          user&apos;s next click; deactivating signs them out everywhere at once.
        </>
      }
    />
  );
}
