// Tencent's official UserSig generator ships without types (docs/trtc-api.md §5.3); used only to cross-check ours.
declare module "tls-sig-api-v2" {
  export class Api {
    constructor(sdkappid: number, key: string);
    genSig(userid: string, expire: number, userBuf?: Buffer | null): string;
    genUserSig(userid: string, expire: number): string;
    genPrivateMapKey(userid: string, expire: number, roomid: number, privilegeMap: number): string;
    genPrivateMapKeyWithStringRoomID(
      userid: string,
      expire: number,
      roomstr: string,
      privilegeMap: number,
    ): string;
  }
  const pkg: { Api: typeof Api };
  export default pkg;
}
